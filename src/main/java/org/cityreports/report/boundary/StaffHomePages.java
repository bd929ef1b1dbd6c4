package org.cityreports.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cityreports.audit.control.AuditLog;
import org.cityreports.report.control.ReportDrafts;
import org.cityreports.report.entity.Report;
import org.cityreports.staff.control.CurrentStaff;
import org.cityreports.staff.entity.Role;
import org.cityreports.staff.entity.StaffAccount;
import org.glassfish.jersey.server.mvc.Viewable;

import java.util.List;
import java.util.Map;

/** The staff area's first page: the reports the signed-in member of staff may work on, with their last change. */
@Path("staff")
@RequestScoped
@RolesAllowed({"editor", "reviewer", "admin"})
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class StaffHomePages {

    @Inject
    CurrentStaff currentStaff;

    @Inject
    ReportDrafts drafts;

    @Inject
    AuditLog audit;

    @GET
    public Viewable home() {
        StaffAccount account = currentStaff.get();
        List<Report> reports = drafts.workableBy(account);
        return new Viewable(
                "/staff/home",
                Map.of(
                        "account",
                        account,
                        "reports",
                        reports,
                        "lastChanges",
                        audit.lastChanges(reports.stream().map(Report::getId).toList()),
                        "isAdmin",
                        account.has(Role.ADMIN)));
    }
}
