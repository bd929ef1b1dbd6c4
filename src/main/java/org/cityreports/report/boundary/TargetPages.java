package org.cityreports.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cityreports.audit.control.AuditLog;
import org.cityreports.audit.entity.AuditedType;
import org.cityreports.indicator.control.Indicators;
import org.cityreports.report.control.ReportContent;
import org.cityreports.report.control.ReportDrafts;
import org.cityreports.report.entity.Comparator;
import org.cityreports.report.entity.Section;
import org.cityreports.report.entity.Target;
import org.cityreports.report.entity.TargetKind;
import org.cityreports.staff.control.CurrentStaff;
import org.cityreports.staff.entity.StaffAccount;
import org.cityreports.unit.Unit;
import org.cityreports.domain.FormErrors;
import org.cityreports.web.FormFields;
import org.glassfish.jersey.server.mvc.Viewable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Staff add, edit and delete the targets of a plan section. */
@Path("staff")
@RequestScoped
@RolesAllowed({"editor", "reviewer", "admin"})
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class TargetPages {

    @Inject
    ReportContent content;

    @Inject
    Indicators indicators;

    @Inject
    AuditLog audit;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Validator validator;

    @GET
    @Path("sections/{id: \\d+}/targets/new")
    public Viewable newTarget(@PathParam("id") long sectionId) {
        return form(new TargetForm(), new FormErrors(), planSection(sectionId, currentStaff.get()), null, null);
    }

    @POST
    @Path("sections/{id: \\d+}/targets")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("id") long sectionId, @BeanParam TargetForm form) {
        StaffAccount account = currentStaff.get();
        Section section = planSection(sectionId, account);
        FormErrors errors = FormErrors.of(validator.validate(form));
        Optional<Target.Builder> builder = form.toBuilder(indicators, errors);
        if (builder.isEmpty()) {
            return Response.status(400).entity(form(form, errors, section, null, null)).build();
        }
        content.addTarget(sectionId, account, builder.get());
        return StaffViews.toSection(section);
    }

    @GET
    @Path("targets/{id: \\d+}")
    public Viewable edit(@PathParam("id") long id) {
        Target target = content.target(id, currentStaff.get());
        return form(TargetForm.of(target), new FormErrors(), target.getSection(), target, null);
    }

    @POST
    @Path("targets/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, @BeanParam TargetForm form) {
        StaffAccount account = currentStaff.get();
        Target current = content.target(id, account);
        Section section = planSection(current.getSection().getId(), account);
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (form.version == null) {
            errors.add("version", "report.version.missing");
        }
        Optional<Target.Builder> builder = form.toBuilder(indicators, errors);
        if (builder.isEmpty()) {
            return Response.status(400).entity(form(form, errors, section, current, null)).build();
        }
        Optional<Target> saved = content.editTarget(id, form.version, account, builder.get());
        if (saved.isEmpty()) {
            Target theirs = content.target(id, account);
            List<FormFields.Difference> conflicts = FormFields.differences(TargetForm.of(theirs), form);
            form.version = theirs.getVersion();
            return Response.status(409).entity(form(form, new FormErrors(), section, theirs, conflicts)).build();
        }
        return StaffViews.toSection(section);
    }

    @GET
    @Path("targets/{id: \\d+}/delete")
    public Viewable confirmDelete(@PathParam("id") long id) {
        Target target = content.target(id, currentStaff.get());
        planSection(target.getSection().getId(), currentStaff.get());
        return StaffViews.confirmDelete(target.getSection().getReport(), target.getLabel(),
                "staff.target.delete.question", null, null, "/staff/targets/" + id + "/delete");
    }

    @POST
    @Path("targets/{id: \\d+}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id) {
        return StaffViews.toSection(content.deleteTarget(id, currentStaff.get()));
    }

    /** A section of the plan part of a draft the caller may edit: only there do targets belong. */
    private Section planSection(long sectionId, StaffAccount account) {
        Section section = content.section(sectionId, account);
        ReportDrafts.requireEditable(section.getReport(), account);
        section.requireTargets();
        return section;
    }

    private Viewable form(TargetForm form, FormErrors errors, Section section, Target target,
                          List<FormFields.Difference> conflicts) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", errors.asMap());
        model.put("section", section);
        model.put("report", section.getReport());
        model.put("target", target);
        model.put("conflicts", conflicts);
        model.put("units", Unit.offered());
        model.put("kinds", List.of(TargetKind.values()));
        model.put("comparators", List.of(Comparator.values()));
        model.put("indicators", indicators.all());
        model.put("history", target == null ? List.of() : audit.of(AuditedType.TARGET, target.getId()));
        model.put("editable", section.getReport().isEditable());
        model.put("autofocusField", "label");
        return new Viewable("/staff/target-form", model);
    }
}
