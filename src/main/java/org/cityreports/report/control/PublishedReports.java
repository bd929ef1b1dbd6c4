package org.cityreports.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.cityreports.city.entity.City;
import org.cityreports.domain.NotFound;
import org.cityreports.report.entity.Figure;
import org.cityreports.report.entity.Report;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;

import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What the public may read: published reports only, each loaded whole in a few queries. */
@ApplicationScoped
public class PublishedReports {

    private static final String PUBLISHED = "org.cityreports.report.entity.ReportStatus.PUBLISHED";

    @PersistenceContext
    EntityManager em;

    public List<Report> all() {
        return em.createNamedQuery(Report.PUBLISHED, Report.class).getResultList();
    }

    public List<Report> of(City city) {
        return em.createNamedQuery(Report.PUBLISHED_OF_CITY, Report.class)
                .setParameter("city", city)
                .getResultList();
    }

    /** Each city's newest published report, by city. */
    public List<Report> newestOfEachCity() {
        return em.createQuery(
                        "SELECT r FROM Report r JOIN FETCH r.city WHERE r.status = " + PUBLISHED
                                + " AND r.year = (SELECT MAX(n.year) FROM Report n WHERE n.city = r.city AND n.status = "
                                + PUBLISHED
                                + ") ORDER BY r.city.slug",
                        Report.class)
                .getResultList();
    }

    /** How many published reports each city has, by city id. */
    public Map<Long, Long> countsByCityId() {
        return em.createQuery(
                        "SELECT r.city.id, COUNT(r) FROM Report r WHERE r.status = " + PUBLISHED
                                + " GROUP BY r.city.id",
                        Object[].class)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    /**
     * What changes whenever the set of published reports does (a publication adds a report or
     * replaces one by a revision of a higher id): count, sum and largest of their ids, in one query.
     */
    public String publicationStamp() {
        Object[] row = em.createQuery(
                        "SELECT COUNT(r), SUM(r.id), MAX(r.id) FROM Report r WHERE r.status = " + PUBLISHED,
                        Object[].class)
                .getSingleResult();
        return row[0] + "." + row[1] + "." + row[2];
    }

    /** The headline figures of these reports, in report order, in one query. */
    public Map<Long, List<Figure>> headlinesOf(List<Report> reports) {
        if (reports.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(
                        "SELECT f FROM Figure f JOIN f.section s"
                                + " WHERE f.headline = TRUE AND s.report IN :reports ORDER BY s.position, f.position",
                        Figure.class)
                .setParameter("reports", reports)
                // the figure's section and the section's report in the same statement, whatever the count
                .setHint(QueryHints.FETCH, "f.section")
                .setHint(QueryHints.FETCH, "f.section.report")
                .getResultStream()
                .collect(Collectors.groupingBy(
                        f -> f.getSection().getReport().getId(), LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * Every revision ever published (the one the public reads and those it replaced), newest
     * publication first: the entries of a feed.
     *
     * @param city the one city, or null for all
     */
    public List<Report> publications(City city, int max) {
        TypedQuery<Report> query = em.createQuery(
                        "SELECT r FROM Report r JOIN FETCH r.city WHERE r.publishedAt IS NOT NULL"
                                + (city == null ? "" : " AND r.city = :city")
                                + " ORDER BY r.publishedAt DESC, r.id DESC",
                        Report.class)
                .setMaxResults(max);
        if (city != null) {
            query.setParameter("city", city);
        }
        return query.getResultList();
    }

    /**
     * The years the figures and targets of each published report speak of, by report id, "2017/2026":
     * two grouped queries, for a catalogue of every report.
     */
    public Map<Long, String> yearSpans() {
        Map<Long, IntSummaryStatistics> spans = new HashMap<>();
        for (String item : List.of(
                "SELECT s.report.id, MIN(i.periodStart), MAX(i.periodEnd) FROM Figure i JOIN i.section s",
                "SELECT s.report.id, MIN(i.startYear), MAX(i.endYear) FROM Target i JOIN i.section s")) {
            em.createQuery(item + " WHERE s.report.status = " + PUBLISHED + " GROUP BY s.report.id", Object[].class)
                    .getResultStream()
                    .forEach(row -> {
                        IntSummaryStatistics span =
                                spans.computeIfAbsent((Long) row[0], id -> new IntSummaryStatistics());
                        span.accept((Integer) row[1]);
                        span.accept((Integer) row[2]);
                    });
        }
        Map<Long, String> years = new HashMap<>();
        spans.forEach((id, span) -> years.put(id, span(span)));
        return years;
    }

    /** "2017/2026", or "" when nothing was counted. */
    public static String span(IntSummaryStatistics years) {
        return years.getCount() == 0 ? "" : years.getMin() + "/" + years.getMax();
    }

    /** A published report as a list names it. */
    public record Listed(long id, String citySlug, int year) {}

    /** Every published report, named, in one query without loading any. */
    public List<Listed> listed() {
        return em.createQuery(
                        "SELECT r.id, r.city.slug, r.year FROM Report r WHERE r.status = " + PUBLISHED, Object[].class)
                .getResultStream()
                .map(row -> new Listed((Long) row[0], (String) row[1], (Integer) row[2]))
                .toList();
    }

    /** Which revision is the published one, in one indexed query: what a cache validates against. */
    public record Revision(long reportId, long version) {}

    /** @throws NotFound when the city has no published report of that year. */
    public Revision revision(String citySlug, int year) {
        return em.createQuery(
                        "SELECT r.id, r.version FROM Report r WHERE r.city.slug = :slug AND r.year = :year"
                                + " AND r.status = org.cityreports.report.entity.ReportStatus.PUBLISHED",
                        Object[].class)
                .setParameter("slug", citySlug)
                .setParameter("year", year)
                .getResultStream()
                .findFirst()
                .map(row -> new Revision((Long) row[0], (Long) row[1]))
                .orElseThrow(() -> new NotFound("No published report of '" + citySlug + "' for " + year));
    }

    /**
     * One report with its sections, figures, targets and their indicators: batch fetching keeps
     * this to a handful of statements however large the report.
     *
     * @throws NotFound when the city has no published report of that year.
     */
    public Report find(String citySlug, int year) {
        return whole(em.createNamedQuery(Report.PUBLISHED_BY_CITY_AND_YEAR, Report.class)
                        .setParameter("slug", citySlug)
                        .setParameter("year", year))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFound("No published report of '" + citySlug + "' for " + year));
    }

    /**
     * A revision the public read once (or reads now), by its number, loaded whole like {@link #find}.
     *
     * @throws NotFound when the city has no such revision of that year that was published
     */
    public Report numbered(String citySlug, int year, int revision) {
        return whole(em.createQuery(
                                "SELECT r FROM Report r JOIN FETCH r.city WHERE r.city.slug = :slug AND r.year = :year"
                                        + " AND r.revision = :revision AND r.publishedAt IS NOT NULL",
                                Report.class)
                        .setParameter("slug", citySlug)
                        .setParameter("year", year)
                        .setParameter("revision", revision))
                .getResultStream()
                .findFirst()
                .orElseThrow(
                        () -> new NotFound("No published revision " + revision + " of '" + citySlug + "' " + year));
    }

    /** The revisions of this report that were published, up to this one, oldest first, each loaded whole. */
    public List<Report> revisionsUpTo(Report report) {
        return whole(em.createQuery(
                                "SELECT r FROM Report r WHERE r.city = :city AND r.year = :year"
                                        + " AND r.revision <= :revision AND r.publishedAt IS NOT NULL ORDER BY r.revision",
                                Report.class)
                        .setParameter("city", report.getCity())
                        .setParameter("year", report.getYear())
                        .setParameter("revision", report.getRevision()))
                .getResultList();
    }

    /** The years of the published reports, oldest first (the search form's choice). */
    public List<Integer> years() {
        return em.createQuery(
                        "SELECT DISTINCT r.year FROM Report r WHERE r.status = " + PUBLISHED + " ORDER BY r.year",
                        Integer.class)
                .getResultList();
    }

    /** A report's sections, figures, targets and their indicators fetched in batches, not one by one. */
    private static TypedQuery<Report> whole(TypedQuery<Report> query) {
        return query.setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN)
                .setHint(QueryHints.BATCH, "r.sections")
                .setHint(QueryHints.BATCH, "r.sections.figures")
                .setHint(QueryHints.BATCH, "r.sections.targets")
                .setHint(QueryHints.BATCH, "r.sections.figures.indicator")
                .setHint(QueryHints.BATCH, "r.sections.targets.indicator");
    }
}
