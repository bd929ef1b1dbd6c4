package org.cityreports.sampledata;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolationException;
import org.cityreports.city.entity.City;
import org.cityreports.persistence.TestDatabase;
import org.cityreports.report.entity.DocumentKind;
import org.cityreports.report.entity.Figure;
import org.cityreports.report.entity.Part;
import org.cityreports.report.entity.Report;
import org.cityreports.report.entity.Target;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The entities and the sample-data loader on a real embedded Derby database, outside a server. */
class SampleDataLoaderTest {

    @TempDir
    Path dir;

    private TestDatabase db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void firstStartLoadsBothSeedReportsWithEveryFigureAndTarget() {
        start();
        load();
        assertEquals(2L, db.count("SELECT COUNT(r) FROM Report r"));
        assertEquals((long) SampleDataFixture.figureCount(), db.count("SELECT COUNT(f) FROM Figure f"));
        assertEquals(5L, db.count("SELECT COUNT(t) FROM Target t"));
    }

    @Test
    void figuresKeepExactValuesAndThePeriodTheirPartReviews() {
        start();
        load();
        inTransaction(em -> {
            Figure gdp = em.createQuery(
                            "SELECT f FROM Figure f WHERE f.label = '地区生产总值'"
                                    + " AND f.section.report.city.slug = 'taiyuan'",
                            Figure.class)
                    .getSingleResult();
            assertEquals(new BigDecimal("5121.61"), gdp.getValue());
            assertEquals("亿元", gdp.getUnit().symbol());
            assertEquals(2021, gdp.getPeriodStart());
            assertEquals(2021, gdp.getPeriodEnd());

            Figure average = em.createQuery("SELECT f FROM Figure f WHERE f.label = '城乡居民人均可支配收入年均增长'", Figure.class)
                    .getSingleResult();
            assertEquals(Part.FIVE_YEAR_REVIEW, average.getSection().getPart());
            assertEquals(2017, average.getPeriodStart());
            assertEquals(2021, average.getPeriodEnd());

            Target rd = em.createQuery("SELECT t FROM Target t WHERE t.label = '研发经费投入年均增长'", Target.class)
                    .getSingleResult();
            assertEquals(2022, rd.getStartYear());
            assertEquals(2026, rd.getEndYear());
            assertEquals(new BigDecimal("10"), rd.getValue());
        });
    }

    @Test
    void aSecondStartLoadsNothingMore() {
        start();
        load();
        load();
        assertEquals(2L, db.count("SELECT COUNT(r) FROM Report r"));
    }

    @Test
    void aDatabaseStaffHaveFilledIsNeverTouched() {
        start();
        inTransaction(em -> {
            City city = new City("taiyuan", "太原", "Taiyuan", "山西省");
            em.persist(city);
            em.persist(new Report(city, 2023, DocumentKind.FULL_TEXT, "2023 年政府工作报告", null));
        });
        load();
        assertEquals(1L, db.count("SELECT COUNT(r) FROM Report r"));
        assertEquals(0L, db.count("SELECT COUNT(f) FROM Figure f"));
        inTransaction(em ->
                assertTrue(em.find(SampleDataLoad.class, SampleDataLoader.NAME).isSkipped()));
    }

    @Test
    void dataSurvivesARestart() {
        start();
        load();
        db.close();
        start();
        load();
        assertEquals(2L, db.count("SELECT COUNT(r) FROM Report r"));
        assertEquals((long) SampleDataFixture.figureCount(), db.count("SELECT COUNT(f) FROM Figure f"));
    }

    @Test
    void theSchemaRefusesASecondReportOfOneCityAndYear() {
        start();
        load();
        assertThrows(
                PersistenceException.class,
                () -> inTransaction(em -> {
                    City taiyuan = em.createNamedQuery(City.BY_SLUG, City.class)
                            .setParameter("slug", "taiyuan")
                            .getSingleResult();
                    em.persist(new Report(taiyuan, 2022, DocumentKind.FULL_TEXT, "重复", null));
                }));
    }

    @Test
    void aReportYearOutside1949To2100IsRefusedWithAClearMessage() {
        start();
        var e = assertThrows(
                ConstraintViolationException.class,
                () -> inTransaction(em -> {
                    City city = new City("datong", "大同", "Datong", "山西省");
                    em.persist(city);
                    em.persist(new Report(city, 1900, DocumentKind.FULL_TEXT, "1900 年政府工作报告", null));
                }));
        assertTrue(
                e.getConstraintViolations().stream()
                        .anyMatch(v -> v.getPropertyPath().toString().equals("year")
                                && v.getMessage().contains("1949")),
                e.getMessage());
    }

    private void start() {
        db = new TestDatabase(dir).migrate().open();
    }

    private void load() {
        SampleDataFixture.loadInto(db);
    }

    private void inTransaction(Consumer<EntityManager> work) {
        db.inTransaction(work);
    }
}
