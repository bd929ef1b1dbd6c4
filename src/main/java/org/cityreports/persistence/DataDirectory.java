package org.cityreports.persistence;

import java.nio.file.Path;

/**
 * Where the application keeps its data: {@code CITYREPORTS_DATA_DIR}, or {@code ./data} under the
 * working directory when that variable is not set.
 */
public final class DataDirectory {

    public static final String ENVIRONMENT_VARIABLE = "CITYREPORTS_DATA_DIR";

    private DataDirectory() {}

    public static Path path() {
        String configured = System.getenv(ENVIRONMENT_VARIABLE);
        Path dir = configured == null || configured.isBlank() ? Path.of("data") : Path.of(configured.strip());
        return dir.toAbsolutePath().normalize();
    }
}
