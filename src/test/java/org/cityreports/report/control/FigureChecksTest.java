package org.cityreports.report.control;

import org.cityreports.persistence.TestDatabase;
import org.cityreports.report.entity.Report;
import org.cityreports.sampledata.SampleDataFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checks on reports in the database: the figures around a report are found by its queries. */
class FigureChecksTest {

    @TempDir
    Path dir;

    @Test
    void theSampleReportsAsPublishedRaiseNoWarning() {
        try (TestDatabase db = new TestDatabase(dir).migrate().open()) {
            SampleDataFixture.loadInto(db);
            db.inTransaction(em -> {
                FigureChecks checks = new FigureChecks();
                checks.em = em;
                List<Report> reports =
                        em.createQuery("SELECT r FROM Report r", Report.class).getResultList();
                assertEquals(2, reports.size());
                for (Report report : reports) {
                    assertTrue(report.figures().count() > 20, report.figures().count() + " figures");
                    List<String> found = checks.of(report).stream()
                            .map(w -> w.rule() + " " + w.figure().getLabel() + " " + w.numbers())
                            .toList();
                    assertEquals(List.of(), found, report.getCity().getSlug());
                }
            });
        }
    }
}
