package org.cityreports.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cityreports.domain.Conflict;
import org.cityreports.domain.FormErrors;
import org.cityreports.report.control.FigureChecks;
import org.cityreports.report.control.ReportDrafts;
import org.cityreports.report.control.ReportReview;
import org.cityreports.report.entity.CheckAcceptance;
import org.cityreports.report.entity.CheckRule;
import org.cityreports.report.entity.Report;
import org.cityreports.staff.control.CurrentStaff;
import org.cityreports.staff.entity.StaffAccount;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;

/**
 * The buttons that move a report along: submit, publish (once every warning of the checks is
 * accepted), send back, revise a published one; and a reviewer's acceptance of a warning.
 */
@Path("staff/reports")
@RequestScoped
@RolesAllowed({"editor", "reviewer", "admin"})
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ReviewPages {

    /** A reviewer's comment is read by editors in the report page; a page of text is plenty. */
    private static final int COMMENT_LIMIT = 2000;

    @Inject
    ReportReview review;

    @Inject
    ReportDrafts drafts;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    FigureChecks checks;

    @POST
    @Path("{id: \\d+}/submit")
    public Response submit(@PathParam("id") long id) {
        return StaffViews.toReport(review.submit(id, currentStaff.get()).getId());
    }

    @POST
    @Path("{id: \\d+}/publish")
    public Response publish(@PathParam("id") long id, @FormParam("reason") String reason) {
        StaffAccount account = currentStaff.get();
        FormErrors errors = review.requireReviewable(id, account).checkPublication(reason);
        if (!errors.isEmpty()) {
            return refused(id, account, errors, Map.of("reason", reason == null ? "" : reason));
        }
        return StaffViews.toReport(review.publish(id, account, reason).getId());
    }

    @POST
    @Path("{id: \\d+}/send-back")
    public Response sendBack(@PathParam("id") long id, @FormParam("comment") String comment) {
        StaffAccount account = currentStaff.get();
        review.requireReviewable(id, account);
        String typed = comment == null ? "" : comment.strip();
        FormErrors errors = new FormErrors();
        if (typed.isEmpty()) {
            errors.add("comment", "staff.review.comment.required");
        } else if (typed.length() > COMMENT_LIMIT) {
            errors.add("comment", "staff.review.comment.size");
        }
        if (!errors.isEmpty()) {
            return refused(id, account, errors, Map.of("comment", typed));
        }
        return StaffViews.toReport(review.sendBack(id, account, typed).getId());
    }

    /** A reviewer accepts one warning of the checks with a reason; the report page shows it accepted. */
    @POST
    @Path("{id: \\d+}/checks")
    public Response accept(
            @PathParam("id") long id,
            @FormParam("figure") long figureId,
            @FormParam("rule") String rule,
            @FormParam("fingerprint") String fingerprint,
            @FormParam("reason") String reason) {
        StaffAccount account = currentStaff.get();
        review.requireReviewable(id, account);
        CheckRule checked = Arrays.stream(CheckRule.values())
                .filter(r -> r.name().equals(rule))
                .findFirst()
                .orElseThrow(() -> new Conflict("staff.check.gone"));
        String typed = reason == null ? "" : reason.strip();
        String field = "reason-" + figureId + "-" + checked;
        FormErrors errors = new FormErrors();
        if (typed.isEmpty()) {
            errors.add(field, "staff.check.reason.required");
        } else if (typed.length() > CheckAcceptance.REASON_LIMIT) {
            errors.add(field, "staff.check.reason.size");
        }
        if (!errors.isEmpty()) {
            return refused(id, account, errors, Map.of());
        }
        review.accept(id, figureId, checked, fingerprint == null ? "" : fingerprint, typed, account);
        return Response.seeOther(URI.create("/staff/reports/" + id + "#checks")).build();
    }

    private Response refused(long id, StaffAccount account, FormErrors errors, Map<String, String> typed) {
        Report report = drafts.find(id, account);
        return Response.status(400)
                .entity(StaffReportPages.page(report, checks.of(report), account, errors, typed))
                .build();
    }

    /** Opens the draft in which a published report is changed, starting it if there is none. */
    @POST
    @Path("{id: \\d+}/revise")
    public Response revise(@PathParam("id") long id) {
        return StaffViews.toReport(review.revise(id, currentStaff.get()).getId());
    }
}
