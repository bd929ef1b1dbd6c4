package org.cityreports.persistence;

import org.apache.derby.jdbc.EmbeddedDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The default data source: embedded Derby in the data directory, created on first use. It is a
 * class of ours because a data source defined in web.xml cannot read an environment variable on
 * every server, and the data directory comes from one.
 */
public class EmbeddedDerbyDataSource extends EmbeddedDataSource {

    private static final long serialVersionUID = 1L;
    static final String DATABASE_NAME = "cityreports";

    public EmbeddedDerbyDataSource() {
        Path dir = DataDirectory.path();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dir, e);
        }
        String dataDir = dir.toString();
        // Derby's own log goes beside the database rather than into the server's working directory.
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", dataDir + "/derby.log");
        }
        super.setDatabaseName(dataDir + "/" + DATABASE_NAME);
        setCreateDatabase("create");
    }

    /** The database always lives in the data directory, whatever a server passes in. */
    @Override
    public void setDatabaseName(String databaseName) {
        // ignored on purpose
    }
}
