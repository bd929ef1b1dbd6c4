package org.cityreports.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.cityreports.audit.control.AuditLog;
import org.cityreports.audit.entity.AuditedType;
import org.cityreports.city.entity.City;
import org.cityreports.domain.Conflict;
import org.cityreports.domain.FormErrors;
import org.cityreports.domain.NotAllowed;
import org.cityreports.domain.NotFound;
import org.cityreports.report.entity.DocumentKind;
import org.cityreports.report.entity.Report;
import org.cityreports.report.entity.ReportStatus;
import org.cityreports.staff.entity.StaffAccount;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reports as staff create, find and describe them; every call checks what the caller may do with the city. */
@ApplicationScoped
public class ReportDrafts {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    /** The reports this member of staff may see: every revision but those superseded. */
    public List<Report> workableBy(StaffAccount account) {
        return em.createQuery(
                        "SELECT r FROM Report r JOIN FETCH r.city WHERE r.status <> :superseded"
                                + " ORDER BY r.city.slug, r.year DESC, r.revision DESC",
                        Report.class)
                .setParameter("superseded", ReportStatus.SUPERSEDED)
                .getResultStream()
                .filter(r -> account.mayView(r.getCity()))
                .toList();
    }

    /** @throws NotFound for an unknown id, NotAllowed for a report the caller may not see */
    public Report find(long id, StaffAccount account) {
        Report report = em.find(Report.class, id);
        if (report == null) {
            throw new NotFound("No report " + id);
        }
        requireVisible(report, account);
        return report;
    }

    /** @throws NotAllowed for a report the caller may not see */
    public static void requireVisible(Report report, StaffAccount account) {
        if (!account.mayView(report.getCity())) {
            throw new NotAllowed("Not your city's report");
        }
    }

    /**
     * A report the caller is about to change.
     *
     * @throws NotAllowed when the caller may not edit the city's reports
     * @throws Conflict           (409) when the revision is not a draft
     */
    public Report findEditable(long id, StaffAccount account) {
        Report report = find(id, account);
        requireEditable(report, account);
        return report;
    }

    public static void requireEditable(Report report, StaffAccount account) {
        if (!account.mayEdit(report.getCity())) {
            throw new NotAllowed("Not your city's report");
        }
        if (!report.isEditable()) {
            throw new Conflict("staff.report.locked." + report.getStatus());
        }
    }

    /**
     * The rules beyond the form's own: a year in range, one report per city and year, and a year
     * that stays once there is more than one revision.
     */
    public FormErrors check(City city, int year, Report except, FormErrors errors) {
        if (year < Report.FIRST_YEAR || year > Report.LAST_YEAR) {
            errors.add("year", "report.year.range");
        } else if (except != null && except.getRevision() > 1 && except.getYear() != year) {
            errors.add("year", "report.year.fixed"); // the revisions of a report share its year
        } else if (em.createQuery("SELECT r.id FROM Report r WHERE r.city = :city AND r.year = :year", Long.class)
                .setParameter("city", city)
                .setParameter("year", year)
                .getResultStream()
                .anyMatch(id -> except == null || !id.equals(except.getId()))) {
            errors.add("year", "report.exists");
        }
        return errors;
    }

    @Transactional
    public Report create(City city, int year, DocumentKind kind, String title, String sourceText, String actor) {
        Report report =
                new Report(em.find(City.class, city.getId()), year, kind, title.strip(), blankToNull(sourceText));
        em.persist(report);
        em.flush();
        audit.created(actor, AuditedType.REPORT, report.getId(), report.getId(), report.snapshot());
        return report;
    }

    /**
     * Saves a new description over the version the editor started from.
     *
     * @return the report as saved, or empty when someone else saved it meanwhile (nothing changed)
     */
    @Transactional
    public Optional<Report> describe(
            long id,
            long startedFromVersion,
            StaffAccount account,
            int year,
            DocumentKind kind,
            String title,
            String sourceText) {
        Report report = findEditable(id, account);
        if (report.getVersion() != startedFromVersion) {
            return Optional.empty();
        }
        Map<String, String> before = report.snapshot();
        report.describe(year, kind, title.strip(), blankToNull(sourceText));
        em.flush();
        audit.updated(account.getUsername(), AuditedType.REPORT, id, id, before, report.snapshot());
        return Optional.of(report);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
