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
import org.cityreports.domain.FormErrors;
import org.cityreports.report.control.ReportDrafts;
import org.cityreports.report.control.ReportReview;
import org.cityreports.staff.control.CurrentStaff;
import org.cityreports.staff.entity.StaffAccount;

/** The buttons that move a report along: submit, publish, send back, and revise a published one. */
@Path("staff")
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

    @POST
    @Path("reports/{id: \\d+}/submit")
    public Response submit(@PathParam("id") long id) {
        return StaffViews.toReport(review.submit(id, currentStaff.get()).getId());
    }

    @POST
    @Path("reports/{id: \\d+}/publish")
    public Response publish(@PathParam("id") long id) {
        return StaffViews.toReport(review.publish(id, currentStaff.get()).getId());
    }

    @POST
    @Path("reports/{id: \\d+}/send-back")
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
            return Response.status(400)
                    .entity(StaffReportPages.page(drafts.find(id, account), account, errors, typed))
                    .build();
        }
        return StaffViews.toReport(review.sendBack(id, account, typed).getId());
    }

    /** Opens the draft in which a published report is changed, starting it if there is none. */
    @POST
    @Path("reports/{id: \\d+}/revise")
    public Response revise(@PathParam("id") long id) {
        return StaffViews.toReport(review.revise(id, currentStaff.get()).getId());
    }
}
