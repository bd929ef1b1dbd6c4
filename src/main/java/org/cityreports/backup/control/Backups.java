package org.cityreports.backup.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Online backups of embedded Derby with {@code SYSCS_BACKUP_DATABASE}: readers and writers go
 * on while it runs, and the copy is consistent as of its end. Each backup is a folder named by
 * its UTC time, holding the database folder that Derby's {@code restoreFrom} boots from.
 */
public final class Backups {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss'Z'");

    private final Path folder;

    /** @param folder where the dated backup folders go */
    public Backups(Path folder) {
        this.folder = folder;
    }

    /** Backs the database up into a new dated folder and returns that folder. */
    public Path backUp(DataSource embeddedDerby) {
        Path target = folder.resolve(NAME.format(LocalDateTime.now(ZoneOffset.UTC)));
        try (Connection connection = embeddedDerby.getConnection();
                CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            Files.createDirectories(target);
            backup.setString(1, target.toAbsolutePath().toString());
            backup.execute();
            return target;
        } catch (SQLException e) {
            throw new IllegalStateException("Backup into " + target + " failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The backups there are, newest first. */
    public List<Path> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isDirectory)
                    .sorted(Comparator.comparing(Path::getFileName).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The JDBC URL that boots a database from a backup, replacing what is at {@code database}:
     * for a stopped server only (config/derby/restore.sh uses the same).
     */
    public static String restoreUrl(Path database, Path backup) {
        return "jdbc:derby:" + database.toAbsolutePath() + ";restoreFrom="
                + backup.resolve(database.getFileName()).toAbsolutePath();
    }
}
