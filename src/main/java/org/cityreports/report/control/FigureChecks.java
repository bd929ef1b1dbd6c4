package org.cityreports.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.cityreports.indicator.entity.Indicator;
import org.cityreports.report.entity.CheckAcceptance;
import org.cityreports.report.entity.Figure;
import org.cityreports.report.entity.Part;
import org.cityreports.report.entity.Report;
import org.cityreports.report.entity.ReportStatus;

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

    private static final String OWN_HISTORY = "SELECT f FROM Figure f WHERE f.section.report.city = :city"
            + " AND f.section.report.status = :published AND f.section.report.year <> :year"
            + " AND f.indicator IN :indicators";
    private static final String OTHER_CITIES = "SELECT f FROM Figure f WHERE f.section.report.city <> :city"
            + " AND f.section.report.status = :published AND f.section.part = :annual"
            + " AND f.indicator IN :indicators AND f.periodEnd IN :years";

    @PersistenceContext
    EntityManager em;

    /** Every warning on the report's figures; those a reviewer accepted carry the acceptance. */
    public List<Warning> of(Report report) {
        Set<Indicator> indicators = report.figures()
                .map(Figure::getIndicator)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<Figure> own = List.of();
        List<Figure> others = List.of();
        if (!indicators.isEmpty()) {
            own = withReports(em.createQuery(OWN_HISTORY, Figure.class))
                    .setParameter("city", report.getCity())
                    .setParameter("published", ReportStatus.PUBLISHED)
                    .setParameter("year", report.getYear())
                    .setParameter("indicators", indicators)
                    .getResultList();
            others = withReports(em.createQuery(OTHER_CITIES, Figure.class))
                    .setParameter("city", report.getCity())
                    .setParameter("published", ReportStatus.PUBLISHED)
                    .setParameter("annual", Part.ANNUAL_REVIEW)
                    .setParameter("indicators", indicators)
                    .setParameter(
                            "years", report.figures().map(Figure::getPeriodEnd).collect(Collectors.toSet()))
                    .getResultList();
        }
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

    /** The warnings no reviewer has accepted yet. */
    public List<Warning> open(Report report) {
        return of(report).stream().filter(Warning::isOpen).toList();
    }

    /** The open warnings of every report staff work on or the public reads (not superseded revisions). */
    public List<Warning> openEverywhere() {
        return em.createQuery("SELECT r FROM Report r WHERE r.status <> :superseded ORDER BY r.id", Report.class)
                .setParameter("superseded", ReportStatus.SUPERSEDED)
                .getResultStream()
                .flatMap(report -> open(report).stream())
                .toList();
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

    /** One query for the figures with their sections and reports, not one per figure. */
    private static TypedQuery<Figure> withReports(TypedQuery<Figure> query) {
        return query.setHint("eclipselink.join-fetch", "f.section.report");
    }
}
