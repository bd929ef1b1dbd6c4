package org.cityreports.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import org.cityreports.city.entity.City;
import org.cityreports.report.entity.DocumentKind;
import org.cityreports.report.entity.Report;
import org.cityreports.staff.entity.StaffAccount;
import org.cityreports.web.FormErrors;

import java.util.List;
import java.util.Optional;

/** Reports as staff create and describe them; every call checks that the caller may touch the city. */
@ApplicationScoped
public class ReportDrafts {

    @PersistenceContext
    EntityManager em;

    /** The reports this member of staff may work on, any status. */
    public List<Report> workableBy(StaffAccount account) {
        return em.createQuery("SELECT r FROM Report r JOIN FETCH r.city ORDER BY r.city.slug, r.year DESC",
                Report.class).getResultStream().filter(r -> account.mayEdit(r.getCity())).toList();
    }

    /** @throws NotFoundException for an unknown id, ForbiddenException for another city's report */
    public Report find(long id, StaffAccount account) {
        Report report = em.find(Report.class, id);
        if (report == null) {
            throw new NotFoundException("No report " + id);
        }
        if (!account.mayEdit(report.getCity())) {
            throw new ForbiddenException("Not your city's report");
        }
        return report;
    }

    /** The rules beyond the form's own: a year in range, one report per city and year. */
    public FormErrors check(City city, int year, Long exceptReportId, FormErrors errors) {
        if (year < Report.FIRST_YEAR || year > Report.LAST_YEAR) {
            errors.add("year", "report.year.range");
        } else if (em.createQuery("SELECT r.id FROM Report r WHERE r.city = :city AND r.year = :year", Long.class)
                .setParameter("city", city).setParameter("year", year).getResultStream()
                .anyMatch(id -> !id.equals(exceptReportId))) {
            errors.add("year", "report.exists");
        }
        return errors;
    }

    @Transactional
    public Report create(City city, int year, DocumentKind kind, String title, String sourceText) {
        Report report = new Report(em.find(City.class, city.getId()), year, kind, title.strip(), blankToNull(sourceText));
        em.persist(report);
        return report;
    }

    /**
     * Saves a new description over the version the editor started from.
     *
     * @return the report as saved, or empty when someone else saved it meanwhile (nothing changed)
     */
    @Transactional
    public Optional<Report> describe(long id, long startedFromVersion, StaffAccount account, int year,
                                               DocumentKind kind, String title, String sourceText) {
        Report report = find(id, account);
        if (report.getVersion() != startedFromVersion) {
            return Optional.empty();
        }
        report.describe(year, kind, title.strip(), blankToNull(sourceText));
        return Optional.of(report);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
