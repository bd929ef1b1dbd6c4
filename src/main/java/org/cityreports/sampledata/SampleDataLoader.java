package org.cityreports.sampledata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.cityreports.city.entity.City;
import org.cityreports.indicator.entity.Indicator;
import org.cityreports.indicator.entity.IndicatorKind;
import org.cityreports.report.entity.Report;
import org.cityreports.unit.Unit;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * Loads the sample data (both seed reports, complete) into an empty database on first start.
 * A row in SAMPLE_DATA_LOAD makes it happen once: a later start, or a database staff have
 * already filled, is never touched.
 */
@ApplicationScoped
public class SampleDataLoader {

    static final String NAME = "seed-reports-2022";
    private static final Logger LOG = Logger.getLogger(SampleDataLoader.class.getName());

    @PersistenceContext
    EntityManager em;

    /** Marks the sample data as not wanted, so that no later start loads it either. */
    @Transactional
    public void declineOnce() {
        if (em.find(SampleDataLoad.class, NAME) == null) {
            em.persist(new SampleDataLoad(NAME, LocalDateTime.now(ZoneOffset.UTC), true));
            LOG.info("Sample data not loaded: the instance starts empty (CITYREPORTS_SAMPLE_DATA=none)");
        }
    }

    @Transactional
    public void loadOnce() {
        if (em.find(SampleDataLoad.class, NAME) != null) {
            return;
        }
        long reports = em.createNamedQuery(Report.COUNT, Long.class).getSingleResult();
        if (reports > 0) {
            LOG.info(() -> "Database already holds " + reports + " reports: sample data not loaded");
            em.persist(new SampleDataLoad(NAME, LocalDateTime.now(ZoneOffset.UTC), true));
            return;
        }
        SampleCatalogue catalogue = SampleDataFiles.catalogue();
        Map<String, City> cities = new HashMap<>();
        for (SampleCatalogue.CityEntry c : catalogue.cities) {
            City city = new City(c.slug, c.nameZh, c.nameEn, c.province);
            em.persist(city);
            cities.put(c.slug, city);
        }
        Map<String, Indicator> indicators = new HashMap<>();
        for (SampleCatalogue.IndicatorEntry i : catalogue.indicators) {
            Indicator indicator =
                    new Indicator(i.code, i.nameZh, i.nameEn, Unit.of(i.unit), IndicatorKind.valueOf(i.kind));
            if (i.growthOf != null) {
                indicator.edit(
                        i.nameZh,
                        i.nameEn,
                        Unit.of(i.unit),
                        IndicatorKind.GROWTH_RATE,
                        Objects.requireNonNull(
                                indicators.get(i.growthOf), "growthOf must be listed before: " + i.code));
            }
            em.persist(indicator);
            indicators.put(i.code, indicator);
        }
        SampleReportBuilder builder = new SampleReportBuilder(indicators);
        for (SampleReport sample : SampleDataFiles.reports(catalogue)) {
            City city = cities.get(sample.city);
            if (city == null) {
                throw new IllegalStateException("Sample report names an unknown city: " + sample.city);
            }
            em.persist(builder.build(sample, city, SampleDataFiles.sourceText(sample)));
        }
        em.persist(new SampleDataLoad(NAME, LocalDateTime.now(ZoneOffset.UTC), false));
        LOG.info(() -> "Sample data loaded: " + cities.size() + " cities, " + catalogue.reports.size() + " reports");
    }
}
