package org.cityreports.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cityreports.audit.control.AuditLog;
import org.cityreports.report.control.ReportDrafts;
import org.cityreports.report.entity.Report;
import org.cityreports.staff.control.CurrentStaff;
import org.glassfish.jersey.server.mvc.Viewable;

import java.util.Map;

/** Every recorded change of a report revision and of its sections, figures and targets, newest first. */
@Path("staff/reports")
@RequestScoped
@RolesAllowed({"editor", "reviewer", "admin"})
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class ReportHistoryPages {

    @Inject
    ReportDrafts drafts;

    @Inject
    AuditLog audit;

    @Inject
    CurrentStaff currentStaff;

    @GET
    @Path("{id: \\d+}/history")
    public Viewable history(@PathParam("id") long id) {
        Report report = drafts.find(id, currentStaff.get());
        return new Viewable("/staff/history", Map.of("report", report, "entries", audit.ofReport(id)));
    }
}
