package org.cityreports.backup.control;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.cityreports.persistence.TestDatabase;
import org.cityreports.sampledata.SampleDataFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BackupsTest {

    @TempDir
    Path dir;

    @Test
    void aRestoredBackupHasTheDataOfItsMomentAndNothingAfter() throws SQLException {
        Backups backups = new Backups(dir.resolve("backups"));
        Path backup;
        try (TestDatabase db = new TestDatabase(dir).migrate().open()) {
            SampleDataFixture.loadInto(db);
            long figures = db.count("SELECT COUNT(f) FROM Figure f");
            backup = backups.backUp(embedded(dir.resolve("db")));

            db.inTransaction(em -> em.createQuery("DELETE FROM Figure f WHERE f.headline = TRUE")
                    .executeUpdate());
            long afterwards = db.count("SELECT COUNT(f) FROM Figure f");
            assertEquals(true, afterwards < figures, "the change after the backup");
            db.close();
            shutDown(dir.resolve("db"));

            DriverManager.getConnection(Backups.restoreUrl(dir.resolve("db"), backup))
                    .close();
            shutDown(dir.resolve("db"));
            db.open();
            assertEquals(figures, db.count("SELECT COUNT(f) FROM Figure f"), "the backed-up state");
        }
        assertEquals(List.of(backup), backups.list());
    }

    private static EmbeddedDataSource embedded(Path database) {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(database.toString());
        return dataSource;
    }

    private static void shutDown(Path database) {
        try (Connection ignored = DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true")) {
            throw new IllegalStateException("Derby did not shut down");
        } catch (SQLException expected) {
            assertEquals("08006", expected.getSQLState(), expected.getMessage());
        }
    }
}
