package org.cityreports.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.cityreports.indicator.entity.Indicator;
import org.cityreports.indicator.entity.IndicatorKind;
import org.cityreports.report.entity.CheckAcceptance;
import org.cityreports.report.entity.Direction;
import org.cityreports.report.entity.Figure;
import org.cityreports.report.entity.Part;
import org.cityreports.report.entity.Qualifier;
import org.cityreports.report.entity.Report;
import org.cityreports.report.entity.ReportStatus;
import org.cityreports.unit.Unit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks across figures ({@link FigureCheckRules}) run on a report with the figures around it in
 * the database, and the reviewers' acceptances matched to what they find. Nothing is stored but the
 * acceptances: a report's warnings are found again whenever they are shown, so they always speak of
 * the figures as they are now.
 */
@ApplicationScoped
public class FigureChecks {

    /**
     * The figures around a report come in plain columns of one table at a time, the indicator and
     * city as ids: Derby plans a query that joins figure, section, report, city and indicator as a
     * scan of every linked figure (seconds at 2 000 reports), these in milliseconds.
     */
    private static final String FIGURE_COLUMNS = "SELECT f.sectionId, f.indicatorId, f.value, f.unit,"
            + " f.direction, f.qualifier, f.periodStart, f.periodEnd FROM Figure f";

    private static final String SECTION_COLUMNS =
            "SELECT s.id, s.part, r.year, r.cityId FROM Section s JOIN s.report r";

    private static final String OWN_SECTIONS =
            SECTION_COLUMNS + " WHERE r.cityId = :city AND r.status = :published AND r.year <> :year";

    private static final String OWN_FIGURES = FIGURE_COLUMNS + " WHERE f.sectionId IN :sections";

    /** The figures of the indicators and years, of one table by its index on both: milliseconds. */
    private static final String OTHER_FIGURES =
            FIGURE_COLUMNS + " WHERE f.indicatorId IN :indicators AND f.periodEnd IN :years";

    /**
     * The annual reviews of the other cities' published reports of the years after: where a city
     * states its figures of a year. Joined with the figures above in memory: Derby plans the
     * three-table join as a walk through every report's sections (hundreds of milliseconds).
     */
    private static final String OTHER_SECTIONS = SECTION_COLUMNS
            + " WHERE s.part = :annual AND r.status = :published AND r.cityId <> :city AND r.year IN :reportYears";

    @PersistenceContext
    EntityManager em;

    /** Every warning on the report's figures; those a reviewer accepted carry the acceptance. */
    public List<Warning> of(Report report) {
        Map<Long, Indicator> linked = report.figures()
                .map(Figure::getIndicator)
                .filter(Objects::nonNull)
                .collect(Collectors.toMap(Indicator::getId, i -> i, (a, b) -> a));
        List<PublishedFigure> own = linked.isEmpty() ? List.of() : ownHistory(report, linked);
        List<PublishedFigure> others = otherCities(report);
        List<CheckAcceptance> accepted = acceptancesOf(report);
        return new FigureCheckRules(report, own, others)
                .run().stream()
                        .map(w -> accepted.stream()
                                .filter(a -> a.accepts(w.rule(), w.figure(), w.fingerprint()))
                                .findFirst()
                                .map(w::acceptedBy)
                                .orElse(w))
                        .toList();
    }

    /** The city's published figures of other years, linked to one of the report's indicators. */
    private List<PublishedFigure> ownHistory(Report report, Map<Long, Indicator> indicators) {
        Map<Long, Object[]> sections = sections(em.createQuery(OWN_SECTIONS, Object[].class)
                .setParameter("city", report.getCity().getId())
                .setParameter("published", ReportStatus.PUBLISHED)
                .setParameter("year", report.getYear()));
        if (sections.isEmpty()) {
            return List.of();
        }
        return published(
                em.createQuery(OWN_FIGURES, Object[].class)
                        .setParameter("sections", sections.keySet())
                        .getResultList(),
                sections,
                indicators);
    }

    /**
     * The other cities' published annual-review figures of the report's rates and shares, in the
     * years it states them: levels differ by the size of the city and are not compared across cities.
     */
    private List<PublishedFigure> otherCities(Report report) {
        List<Figure> comparable = report.figures()
                .filter(f -> f.getIndicator() != null
                        && (f.getIndicator().getKind() == IndicatorKind.GROWTH_RATE
                                || f.getIndicator().getKind() == IndicatorKind.SHARE))
                .toList();
        if (comparable.isEmpty()) {
            return List.of();
        }
        Map<Long, Indicator> indicators = comparable.stream()
                .map(Figure::getIndicator)
                .collect(Collectors.toMap(Indicator::getId, i -> i, (a, b) -> a));
        Set<Integer> years = comparable.stream().map(Figure::getPeriodEnd).collect(Collectors.toSet());
        Map<Long, Object[]> sections = sections(em.createQuery(OTHER_SECTIONS, Object[].class)
                .setParameter("annual", Part.ANNUAL_REVIEW)
                .setParameter("published", ReportStatus.PUBLISHED)
                .setParameter("city", report.getCity().getId())
                .setParameter("reportYears", years.stream().map(y -> y + 1).collect(Collectors.toSet())));
        if (sections.isEmpty()) {
            return List.of();
        }
        List<Object[]> figures = em.createQuery(OTHER_FIGURES, Object[].class)
                .setParameter("indicators", indicators.keySet())
                .setParameter("years", years)
                .getResultList();
        return published(figures, sections, indicators);
    }

    private static Map<Long, Object[]> sections(TypedQuery<Object[]> query) {
        return query.getResultStream().collect(Collectors.toMap(row -> (Long) row[0], row -> row));
    }

    /** The figure rows of the sections given, of the indicators given, as the checks read them. */
    private static List<PublishedFigure> published(
            List<Object[]> figures, Map<Long, Object[]> sections, Map<Long, Indicator> indicators) {
        return figures.stream()
                .filter(row -> sections.containsKey((Long) row[0]) && indicators.containsKey((Long) row[1]))
                .map(row -> {
                    Object[] section = sections.get((Long) row[0]);
                    return new PublishedFigure(
                            PublishedFigure.cityKey((Long) section[3], null),
                            (Integer) section[2],
                            (Part) section[1],
                            indicators.get((Long) row[1]),
                            (BigDecimal) row[2],
                            (Unit) row[3],
                            (Direction) row[4],
                            (Qualifier) row[5],
                            (Integer) row[6],
                            (Integer) row[7]);
                })
                .toList();
    }

    /** The warnings no reviewer has accepted yet. */
    public List<Warning> open(Report report) {
        return of(report).stream().filter(Warning::isOpen).toList();
    }

    /** Reports per page of {@link #openEverywhere}: their checks take about a second at 2 000 reports. */
    public static final int REPORTS_PER_PAGE = 25;

    /** One page of the open warnings of every report staff work on or the public reads. */
    public record Page(List<Warning> warnings, int number, long reports, boolean hasNext) {}

    /**
     * The open warnings of the reports of one page (from 0): drafts and reports in review first,
     * then published ones, newest first; superseded revisions are left out.
     */
    public Page openEverywhere(int number) {
        long reports = em.createQuery("SELECT COUNT(r) FROM Report r WHERE r.status <> :superseded", Long.class)
                .setParameter("superseded", ReportStatus.SUPERSEDED)
                .getSingleResult();
        List<Warning> warnings = em.createQuery(
                        "SELECT r FROM Report r WHERE r.status <> :superseded"
                                + " ORDER BY r.status, r.year DESC, r.id DESC",
                        Report.class)
                .setParameter("superseded", ReportStatus.SUPERSEDED)
                .setFirstResult(number * REPORTS_PER_PAGE)
                .setMaxResults(REPORTS_PER_PAGE)
                .getResultStream()
                .flatMap(report -> open(report).stream())
                .toList();
        return new Page(warnings, number, reports, (long) (number + 1) * REPORTS_PER_PAGE < reports);
    }

    /** The reviewers' acceptances on the report's figures, by figure id: the public page notes them. */
    public Map<Long, List<CheckAcceptance>> acceptedByFigure(Report report) {
        return acceptancesOf(report).stream()
                .collect(Collectors.groupingBy(a -> a.getFigure().getId()));
    }

    private List<CheckAcceptance> acceptancesOf(Report report) {
        return em.createQuery(
                        "SELECT a FROM CheckAcceptance a WHERE a.report = :report ORDER BY a.id", CheckAcceptance.class)
                .setParameter("report", report)
                .getResultList();
    }
}
