package org.cityreports.persistence;

import org.cityreports.sampledata.SampleDataFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        assertEquals(2, SchemaMigrations.migrate(dataSource()).migrationsExecuted);
        assertEquals(0, SchemaMigrations.migrate(dataSource()).migrationsExecuted);
    }

    private org.apache.derby.jdbc.EmbeddedDataSource dataSource() {
        var dataSource = new org.apache.derby.jdbc.EmbeddedDataSource();
        dataSource.setDatabaseName(dir.resolve("db").toString());
        dataSource.setCreateDatabase("create");
        return dataSource;
    }
}
