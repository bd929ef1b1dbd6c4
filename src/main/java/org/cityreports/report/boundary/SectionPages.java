package org.cityreports.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cityreports.domain.FormErrors;
import org.cityreports.report.control.ReportContent;
import org.cityreports.report.control.ReportDrafts;
import org.cityreports.report.entity.Part;
import org.cityreports.report.entity.Report;
import org.cityreports.report.entity.Section;
import org.cityreports.staff.control.CurrentStaff;
import org.cityreports.staff.entity.StaffAccount;
import org.cityreports.web.FormFields;
import org.glassfish.jersey.server.mvc.Viewable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Staff add, edit, reorder and delete the sections of a draft report. */
@Path("staff/sections")
@RequestScoped
@RolesAllowed({"editor", "reviewer", "admin"})
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class SectionPages {

    @Inject
    ReportDrafts drafts;

    @Inject
    ReportContent content;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Validator validator;

    @GET
    @Path("new")
    public Viewable newSection(@QueryParam("report") long reportId, @QueryParam("part") String part) {
        Report report = drafts.findEditable(reportId, currentStaff.get());
        SectionForm form = new SectionForm();
        form.part = Optional.ofNullable(part)
                .filter(p -> p.matches("ANNUAL_REVIEW|FIVE_YEAR_REVIEW|PLAN"))
                .orElse("");
        return form(form, new FormErrors(), report, null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@QueryParam("report") long reportId, @BeanParam SectionForm form) {
        StaffAccount account = currentStaff.get();
        Report report = drafts.findEditable(reportId, account);
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (!errors.isEmpty()) {
            return Response.status(400)
                    .entity(form(form, errors, report, null, null))
                    .build();
        }
        Section section =
                content.addSection(reportId, account, form.partValue(), form.titleValue(), form.narrativeValue());
        return StaffViews.toSection(section);
    }

    @GET
    @Path("{id: \\d+}")
    public Viewable edit(@PathParam("id") long id) {
        Section section = content.section(id, currentStaff.get());
        drafts.findEditable(section.getReport().getId(), currentStaff.get());
        return form(SectionForm.of(section), new FormErrors(), section.getReport(), section, null);
    }

    @POST
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, @BeanParam SectionForm form) {
        StaffAccount account = currentStaff.get();
        Section current = content.section(id, account);
        Report report = drafts.findEditable(current.getReport().getId(), account);
        form.part = current.getPart().name(); // a section stays in its part
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (form.version == null) {
            errors.add("version", "report.version.missing");
        }
        if (!errors.isEmpty()) {
            return Response.status(400)
                    .entity(form(form, errors, report, current, null))
                    .build();
        }
        Optional<Section> saved =
                content.editSection(id, form.version, account, form.titleValue(), form.narrativeValue());
        if (saved.isEmpty()) {
            Section theirs = content.section(id, account);
            SectionForm theirForm = SectionForm.of(theirs);
            List<FormFields.Difference> conflicts = FormFields.differences(theirForm, form);
            form.version = theirs.getVersion();
            return Response.status(409)
                    .entity(form(form, new FormErrors(), report, theirs, conflicts))
                    .build();
        }
        return StaffViews.toSection(saved.get());
    }

    @POST
    @Path("{id: \\d+}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("id") long id, @FormParam("direction") String direction) {
        Section section = content.moveSection(id, currentStaff.get(), !"down".equals(direction));
        return StaffViews.toSection(section);
    }

    @GET
    @Path("{id: \\d+}/delete")
    public Viewable confirmDelete(@PathParam("id") long id) {
        Section section = content.section(id, currentStaff.get());
        drafts.findEditable(section.getReport().getId(), currentStaff.get());
        String title = section.getTitle() == null ? "" : section.getTitle();
        return StaffViews.confirmDelete(
                section.getReport(),
                title,
                "staff.section.delete.question",
                "staff.section.delete.consequence",
                section,
                "/staff/sections/" + id + "/delete");
    }

    @POST
    @Path("{id: \\d+}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id) {
        Report report = content.deleteSection(id, currentStaff.get());
        return StaffViews.toReport(report.getId());
    }

    private Viewable form(
            SectionForm form,
            FormErrors errors,
            Report report,
            Section section,
            List<FormFields.Difference> conflicts) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", errors.asMap());
        model.put("report", report);
        model.put("section", section);
        model.put("parts", List.of(Part.values()));
        model.put("conflicts", conflicts);
        return new Viewable("/staff/section-form", model);
    }
}
