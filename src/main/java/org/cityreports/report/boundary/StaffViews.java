package org.cityreports.report.boundary;

import jakarta.ws.rs.core.Response;
import org.cityreports.report.entity.Report;
import org.cityreports.report.entity.Section;
import org.glassfish.jersey.server.mvc.Viewable;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** What the staff content pages share: where a save sends the browser (POST-redirect-GET), the delete question. */
final class StaffViews {

    private StaffViews() {}

    /**
     * The page that asks before deleting; the POST to {@code action} deletes.
     *
     * @param consequence message key of what goes with it ({0} figures, {1} targets), or null
     */
    static Viewable confirmDelete(
            Report report, String what, String question, String consequence, Section section, String action) {
        Map<String, Object> model = new HashMap<>();
        model.put("report", report);
        model.put("what", what);
        model.put("question", question);
        model.put("consequence", consequence);
        model.put("figures", section == null ? 0 : section.getFigures().size());
        model.put("targets", section == null ? 0 : section.getTargets().size());
        model.put("action", action);
        return new Viewable("/staff/confirm-delete", model);
    }

    static Response toReport(long reportId) {
        return Response.seeOther(URI.create("/staff/reports/" + reportId)).build();
    }

    /** The report page, scrolled to the section that was just changed. */
    static Response toSection(Section section) {
        return Response.seeOther(
                        URI.create("/staff/reports/" + section.getReport().getId() + "#section-" + section.getId()))
                .build();
    }
}
