package org.cityreports.persistence;

import org.cityreports.sampledata.SampleDataFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaMigrationsTest {

    @TempDir
    Path dir;

    @Test
    void upgradingADatabaseOfTheFirstVersionKeepsEveryRow() {
        try (TestDatabase db = new TestDatabase(dir).migrate("1").open()) {
            SampleDataFixture.loadInto(db);
            long figures = db.count("SELECT COUNT(f) FROM Figure f");
            long targets = db.count("SELECT COUNT(t) FROM Target t");

            db.close();
            db.migrate().open();

            assertEquals(2L, db.count("SELECT COUNT(r) FROM Report r"));
            assertEquals(figures, db.count("SELECT COUNT(f) FROM Figure f"));
            assertEquals(targets, db.count("SELECT COUNT(t) FROM Target t"));
            assertEquals(SampleDataFixture.figureCount(), figures);
        }
    }

    @Test
    void migratingTwiceChangesNothing() {
        var first = SchemaMigrations.migrate(dataSource());
        var second = SchemaMigrations.migrate(dataSource());
        assertTrue(first.migrationsExecuted > 1, "all migrations applied to an empty database");
        assertEquals(0, second.migrationsExecuted);
        assertEquals(first.targetSchemaVersion, second.initialSchemaVersion, "the second run finds the newest version");
    }

    private org.apache.derby.jdbc.EmbeddedDataSource dataSource() {
        var dataSource = new org.apache.derby.jdbc.EmbeddedDataSource();
        dataSource.setDatabaseName(dir.resolve("db").toString());
        dataSource.setCreateDatabase("create");
        return dataSource;
    }
}
