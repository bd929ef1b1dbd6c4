package org.cityreports.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.NotFoundException;
import org.cityreports.city.entity.City;
import org.cityreports.report.entity.Figure;
import org.cityreports.report.entity.Report;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What the public may read: published reports only, each loaded whole in a few queries. */
@ApplicationScoped
public class PublishedReports {

    @PersistenceContext
    EntityManager em;

    public List<Report> all() {
        return em.createNamedQuery(Report.PUBLISHED, Report.class).getResultList();
    }

    public List<Report> of(City city) {
        return em.createNamedQuery(Report.PUBLISHED_OF_CITY, Report.class).setParameter("city", city).getResultList();
    }

    /** The headline figures of every published report, in report order, in one query. */
    public Map<Long, List<Figure>> headlinesByReportId() {
        return em.createQuery("SELECT f FROM Figure f JOIN FETCH f.section s JOIN FETCH s.report r"
                        + " WHERE f.headline = TRUE AND r.status = org.cityreports.report.entity.ReportStatus.PUBLISHED"
                        + " ORDER BY s.position, f.position", Figure.class)
                .getResultStream()
                .collect(Collectors.groupingBy(f -> f.getSection().getReport().getId(), LinkedHashMap::new,
                        Collectors.toList()));
    }

    /** Which revision is the published one, in one indexed query: what a cache validates against. */
    public record Revision(long reportId, long version) {
    }

    /** @throws NotFoundException when the city has no published report of that year. */
    public Revision revision(String citySlug, int year) {
        return em.createQuery("SELECT r.id, r.version FROM Report r WHERE r.city.slug = :slug AND r.year = :year"
                        + " AND r.status = org.cityreports.report.entity.ReportStatus.PUBLISHED", Object[].class)
                .setParameter("slug", citySlug)
                .setParameter("year", year)
                .getResultStream().findFirst()
                .map(row -> new Revision((Long) row[0], (Long) row[1]))
                .orElseThrow(() -> new NotFoundException("No published report of '" + citySlug + "' for " + year));
    }

    /**
     * One report with its sections, figures, targets and their indicators: batch fetching keeps
     * this to a handful of statements however large the report.
     *
     * @throws NotFoundException when the city has no published report of that year.
     */
    public Report find(String citySlug, int year) {
        return em.createNamedQuery(Report.PUBLISHED_BY_CITY_AND_YEAR, Report.class)
                .setParameter("slug", citySlug)
                .setParameter("year", year)
                .setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN)
                .setHint(QueryHints.BATCH, "r.sections")
                .setHint(QueryHints.BATCH, "r.sections.figures")
                .setHint(QueryHints.BATCH, "r.sections.targets")
                .setHint(QueryHints.BATCH, "r.sections.figures.indicator")
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("No published report of '" + citySlug + "' for " + year));
    }
}
