package org.cityreports.report.control;

import org.cityreports.city.entity.City;
import org.cityreports.indicator.entity.Indicator;
import org.cityreports.persistence.TestDatabase;
import org.cityreports.report.entity.Change;
import org.cityreports.report.entity.CheckRule;
import org.cityreports.report.entity.Direction;
import org.cityreports.report.entity.DocumentKind;
import org.cityreports.report.entity.Figure;
import org.cityreports.report.entity.Part;
import org.cityreports.report.entity.Report;
import org.cityreports.sampledata.SampleDataFixture;
import org.cityreports.unit.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
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

    @Test
    void aNextYearsDraftIsCheckedAgainstTheCitysPublishedReportOfTheYearBefore() {
        try (TestDatabase db = new TestDatabase(dir).migrate().open()) {
            SampleDataFixture.loadInto(db);
            db.inTransaction(em -> {
                City taiyuan = em.createNamedQuery(City.BY_SLUG, City.class)
                        .setParameter("slug", "taiyuan")
                        .getSingleResult();
                Indicator gdp = em.createQuery("SELECT i FROM Indicator i WHERE i.code = 'gdp'", Indicator.class)
                        .getSingleResult();
                Report draft = new Report(taiyuan, 2023, DocumentKind.FULL_TEXT, "2023 年政府工作报告", null);
                em.persist(draft);
                // 2022 over the 5121.61 亿元 of 2021 that the 2022 report states is +8.8 %, not +20 %
                draft.addSection(Part.ANNUAL_REVIEW, "回顾", null)
                        .addFigure(
                                Figure.builder("地区生产总值", new BigDecimal("5571.17"), Unit.of("亿元"), "实现5571.17亿元,增长20%。")
                                        .change(new Change(new BigDecimal("20"), Unit.of("%"), Direction.UP))
                                        .indicator(gdp));
                em.flush();
                FigureChecks checks = new FigureChecks();
                checks.em = em;
                List<Warning> found = checks.of(draft);
                assertEquals(1, found.size(), found.toString());
                assertEquals(CheckRule.GROWTH_AGAINST_LEVELS, found.get(0).rule());
                assertEquals(
                        List.of("20 %", "8.8 %", "5121.61 亿元", "2021"),
                        found.get(0).numbers());
            });
        }
    }
}
