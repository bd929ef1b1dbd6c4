package org.cityreports.track.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.NotFoundException;
import org.cityreports.city.entity.City;
import org.cityreports.indicator.control.Indicators;
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
    Indicators indicators;

    @Inject
    IndicatorSeries series;

    @Inject
    PublishedReports reports;

    /** A plan target of a published report with how far it has come. */
    public record TrackedTarget(Target target, Progress progress) {
    }

    /** @throws NotFoundException when no indicator has that code */
    public Indicator indicator(String code) {
        return indicators.byCode(code).orElseThrow(() -> new NotFoundException("No indicator '" + code + "'"));
    }

    public List<Observation> series(Indicator indicator) {
        return series.of(indicator);
    }

    /** The cities' values for one year, largest first. */
    public List<Observation> compare(Indicator indicator, int year) {
        return series.of(indicator).stream().filter(o -> o.year() == year)
                .sorted(Comparator.comparing(Observation::value).reversed()
                        .thenComparing(o -> o.city().getSlug()))
                .toList();
    }

    /** The targets of the city's published reports, newest report first, each with its progress. */
    public List<TrackedTarget> targets(City city) {
        List<Target> targets = em.createQuery("SELECT t FROM Target t JOIN t.section s JOIN s.report r"
                        + " WHERE r.city = :city AND r.status = org.cityreports.report.entity.ReportStatus.PUBLISHED"
                        + " ORDER BY r.year DESC, s.position, t.position", Target.class)
                .setParameter("city", city).getResultList();
        return withProgress(city, targets);
    }

    /** These targets (of one city) with their progress, one series per indicator. */
    public List<TrackedTarget> withProgress(City city, List<Target> targets) {
        Map<Indicator, List<Observation>> byIndicator = new HashMap<>();
        return targets.stream().map(t -> new TrackedTarget(t, TargetProgress.of(t, t.getIndicator() == null
                ? List.of() : byIndicator.computeIfAbsent(t.getIndicator(), i -> series.of(i, city))))).toList();
    }

    /**
     * What changes whenever any compare or track page may: the published reports and the catalogue
     * (indicator versions). For ETags.
     */
    public String stamp() {
        Object[] row = em.createQuery("SELECT COUNT(i), SUM(i.version) FROM Indicator i", Object[].class)
                .getSingleResult();
        return reports.publicationStamp() + "." + row[0] + "." + row[1];
    }
}
