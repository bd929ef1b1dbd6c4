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
        try (TestDatabase current =
                        new TestDatabase(dir.resolve("current")).migrate().open();
                TestDatabase first = new TestDatabase(dir.resolve("first")).migrate("1")) {
            SampleDataFixture.loadInto(current);
            current.copyRowsInto(first, "CITY", "STAT_INDICATOR", "REPORT", "REPORT_SECTION", "FIGURE", "TARGET");

            first.migrate().open();

            assertEquals(2L, first.count("SELECT COUNT(r) FROM Report r"));
            assertEquals(SampleDataFixture.figureCount(), first.count("SELECT COUNT(f) FROM Figure f"));
            assertEquals(current.count("SELECT COUNT(t) FROM Target t"), first.count("SELECT COUNT(t) FROM Target t"));
            assertEquals(
                    current.count("SELECT COUNT(s) FROM Section s"), first.count("SELECT COUNT(s) FROM Section s"));
            assertEquals(
                    2L,
                    first.count("SELECT COUNT(r) FROM Report r WHERE r.revision = 1"
                            + " AND r.status = org.cityreports.report.entity.ReportStatus.PUBLISHED"),
                    "published revision 1");
            assertEquals(
                    current.single("SELECT SUM(f.value) FROM Figure f"),
                    first.single("SELECT SUM(f.value) FROM Figure f"),
                    "every value as it was");
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
