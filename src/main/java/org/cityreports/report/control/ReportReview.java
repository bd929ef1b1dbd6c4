package org.cityreports.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.cityreports.audit.control.AuditLog;
import org.cityreports.audit.entity.AuditedType;
import org.cityreports.domain.Conflict;
import org.cityreports.domain.NotAllowed;
import org.cityreports.report.entity.CheckAcceptance;
import org.cityreports.report.entity.CheckRule;
import org.cityreports.report.entity.Report;
import org.cityreports.report.entity.ReportStatus;
import org.cityreports.staff.entity.StaffAccount;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A report's way to the public: the editor submits a draft, a reviewer publishes it or sends it
 * back with a comment, and editing a published report starts a new draft revision while the
 * public keeps reading the published one.
 */
@ApplicationScoped
public class ReportReview {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReportDrafts drafts;

    @Inject
    AuditLog audit;

    @Inject
    FigureChecks checks;

    @Transactional
    public Report submit(long id, StaffAccount account) {
        Report report = drafts.findEditable(id, account);
        report.submit();
        statusChanged(account, report, ReportStatus.DRAFT, null);
        return report;
    }

    @Transactional
    public Report sendBack(long id, StaffAccount account, String comment) {
        Report report = requireReviewable(id, account);
        report.sendBack(comment);
        statusChanged(account, report, ReportStatus.IN_REVIEW, comment);
        return report;
    }

    /**
     * Publishes the revision; the revision the public read until now is superseded. A correction
     * (revision 2 on) is published with the reason the public reads ({@link Report#checkPublication}).
     *
     * @throws Conflict while a warning on its figures is open: the reviewer accepts each or sends
     *     the report back
     */
    @Transactional
    public Report publish(long id, StaffAccount account, String reason) {
        Report report = requireReviewable(id, account);
        if (!checks.open(report).isEmpty()) {
            throw new Conflict("staff.check.openBeforePublish");
        }
        publishedRevision(report).ifPresent(previous -> {
            previous.supersede();
            statusChanged(account, previous, ReportStatus.PUBLISHED, null);
        });
        report.publish(reason);
        statusChanged(account, report, ReportStatus.IN_REVIEW, report.getCorrectionReason());
        return report;
    }

    /**
     * A reviewer's word that a warning is no mistake, with the reason, recorded in the audit log.
     *
     * @param fingerprint the warning as the reviewer saw it
     * @throws Conflict when no such warning is open (the figure changed, or someone accepted it)
     */
    @Transactional
    public CheckAcceptance accept(
            long id, long figureId, CheckRule rule, String fingerprint, String reason, StaffAccount account) {
        Report report = requireReviewable(id, account);
        Warning warning = checks.open(report).stream()
                .filter(w -> w.figure().getId() == figureId
                        && w.rule() == rule
                        && w.fingerprint().equals(fingerprint))
                .findFirst()
                .orElseThrow(() -> new Conflict("staff.check.gone"));
        CheckAcceptance acceptance = new CheckAcceptance(
                warning.figure(), rule, fingerprint, reason, account.getUsername(), LocalDateTime.now(ZoneOffset.UTC));
        em.persist(acceptance);
        em.flush();
        audit.created(account.getUsername(), AuditedType.CHECK, acceptance.getId(), id, acceptance.snapshot());
        return acceptance;
    }

    /**
     * The draft in which staff change a published report: the open revision if there is one,
     * otherwise a new copy of the published one.
     */
    @Transactional
    public Report revise(long id, StaffAccount account) {
        Report published = drafts.find(id, account);
        if (!account.mayEdit(published.getCity())) {
            throw new NotAllowed("Not your city's report");
        }
        if (published.getStatus() != ReportStatus.PUBLISHED) {
            throw new Conflict("staff.report.reviseOnlyPublished");
        }
        Optional<Report> open = em.createQuery(
                        "SELECT r FROM Report r WHERE r.city = :city AND r.year = :year"
                                + " AND r.revision > :revision AND r.status IN :open",
                        Report.class)
                .setParameter("city", published.getCity())
                .setParameter("year", published.getYear())
                .setParameter("revision", published.getRevision())
                .setParameter("open", java.util.List.of(ReportStatus.DRAFT, ReportStatus.IN_REVIEW))
                .getResultStream()
                .findFirst();
        if (open.isPresent()) {
            return open.get();
        }
        // two editors starting a revision at once: the second commit fails on the published one's version
        em.lock(published, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Report next = published.nextRevision();
        em.persist(next);
        em.flush();
        Map<String, String> fields = new LinkedHashMap<>(next.snapshot());
        fields.put("revision", String.valueOf(next.getRevision()));
        fields.put("copiedFrom", String.valueOf(published.getId()));
        audit.created(account.getUsername(), AuditedType.REPORT, next.getId(), next.getId(), fields);
        return next;
    }

    /**
     * @throws NotAllowed when the caller is no reviewer
     * @throws Conflict           (409) when the report is not in review
     */
    public Report requireReviewable(long id, StaffAccount account) {
        Report report = drafts.find(id, account);
        if (!account.mayReview()) {
            throw new NotAllowed("Only reviewers publish or send back");
        }
        if (report.getStatus() != ReportStatus.IN_REVIEW) {
            throw new Conflict("staff.report.notInReview");
        }
        return report;
    }

    private Optional<Report> publishedRevision(Report report) {
        return em.createQuery(
                        "SELECT r FROM Report r WHERE r.city = :city AND r.year = :year AND r.status = :published",
                        Report.class)
                .setParameter("city", report.getCity())
                .setParameter("year", report.getYear())
                .setParameter("published", ReportStatus.PUBLISHED)
                .getResultStream()
                .findFirst();
    }

    private void statusChanged(StaffAccount account, Report report, ReportStatus from, String comment) {
        audit.statusChanged(
                account.getUsername(),
                report.getId(),
                from.name(),
                report.getStatus().name(),
                comment);
    }
}
