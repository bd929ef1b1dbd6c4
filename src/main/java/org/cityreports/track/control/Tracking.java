package org.cityreports.track.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cityreports.city.entity.City;
import org.cityreports.indicator.entity.Indicator;
import org.cityreports.report.control.PublishedReports;
import org.cityreports.report.entity.Target;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the compare and track pages show, from published reports only. */
@ApplicationScoped
public class Tracking {

    @PersistenceContext
    EntityManager em;

    @Inject
    IndicatorSeries series;

    @Inject
    PublishedReports reports;

    /** A plan target of a published report with how far it has come. */
    public record TrackedTarget(Target target, Progress progress) {}

    public List<Observation> series(Indicator indicator) {
        return series.of(indicator);
    }

    /**
     * The cities side by side for one year, largest first.
     *
     * @param year the year the rows are of (null when there are none), and every year with figures
     */
    public record Comparison(Integer year, List<Observation> rows, List<Integer> years) {}

    /** @param year null: the newest year with figures */
    public Comparison compare(Indicator indicator, Integer year) {
        List<Observation> all = series.of(indicator);
        List<Integer> years = IndicatorSeries.years(all);
        Integer chosen = year != null ? year : years.stream().findFirst().orElse(null);
        List<Observation> rows = all.stream()
                .filter(o -> chosen != null && o.year() == chosen)
                .sorted(Comparator.comparing(Observation::value).reversed().thenComparing(o -> o.city()
                        .getSlug()))
                .toList();
        return new Comparison(chosen, rows, years);
    }

    /** The targets of the city's published reports, newest report first, each with its progress. */
    public List<TrackedTarget> targets(City city) {
        List<Target> targets = em.createQuery(
                        "SELECT t FROM Target t JOIN t.section s JOIN s.report r"
                                + " WHERE r.city = :city AND r.status = org.cityreports.report.entity.ReportStatus.PUBLISHED"
                                + " ORDER BY r.year DESC, s.position, t.position",
                        Target.class)
                .setParameter("city", city)
                .getResultList();
        return withProgress(city, targets);
    }

    /** These targets (of one city) with their progress, one series per indicator. */
    public List<TrackedTarget> withProgress(City city, List<Target> targets) {
        Map<Indicator, List<Observation>> byIndicator = new HashMap<>();
        return targets.stream()
                .map(t -> new TrackedTarget(
                        t,
                        TargetProgress.of(
                                t,
                                t.getIndicator() == null
                                        ? List.of()
                                        : byIndicator.computeIfAbsent(t.getIndicator(), i -> series.of(i, city)))))
                .toList();
    }

    /**
     * What changes whenever any public page may: the published reports, the catalogue (indicator
     * versions) and the cities (which are added, never edited). For ETags and kept responses.
     */
    public String stamp() {
        Object[] row = em.createQuery("SELECT COUNT(i), SUM(i.version) FROM Indicator i", Object[].class)
                .getSingleResult();
        long cities = em.createQuery("SELECT COUNT(c) FROM City c", Long.class).getSingleResult();
        return reports.publicationStamp() + "." + row[0] + "." + row[1] + "." + cities;
    }
}
