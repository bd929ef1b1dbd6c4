package org.cityreports.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cityreports.domain.FormErrors;
import org.cityreports.report.control.ItemAddedByHand;
import org.cityreports.report.control.ReportDrafts;
import org.cityreports.report.entity.Comparator;
import org.cityreports.report.entity.Obligation;
import org.cityreports.report.entity.Section;
import org.cityreports.report.entity.Target;
import org.cityreports.report.entity.TargetKind;
import org.cityreports.staff.entity.StaffAccount;
import org.cityreports.web.FormFields;
import org.glassfish.jersey.server.mvc.Viewable;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Staff add, edit and delete the targets of a plan section. */
@Path("staff/targets")
@RequestScoped
@RolesAllowed({"editor", "reviewer", "admin"})
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class TargetPages extends ItemPages<Target, Target.Builder, TargetForm> {

    @GET
    @Path("new")
    public Viewable newTarget(@QueryParam("section") long sectionId) {
        return form(new TargetForm(), new FormErrors(), editableSection(sectionId, currentStaff.get()), null, null);
    }

    @Inject
    Event<ItemAddedByHand> addedByHand;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@QueryParam("section") long sectionId, @BeanParam TargetForm form) {
        StaffAccount account = currentStaff.get();
        FormErrors errors = new FormErrors();
        Optional<Target.Builder> builder = form.check(validator, indicators, errors);
        if (builder.isEmpty()) {
            Section section = editableSection(sectionId, account);
            return Response.status(400)
                    .entity(form(form, errors, section, null, null))
                    .build();
        }
        // checks who may add it, and that the section is of the plan
        Target target = content.addTarget(sectionId, account, builder.get());
        addedByHand.fire(new ItemAddedByHand(target.getSection().getReport().getId(), target, account.getUsername()));
        return StaffViews.toSection(target.getSection());
    }

    @GET
    @Path("{id: \\d+}")
    public Viewable edit(@PathParam("id") long id) {
        Target target = content.target(id, currentStaff.get());
        return form(TargetForm.of(target), new FormErrors(), target.getSection(), target, null);
    }

    @POST
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, @BeanParam TargetForm form) {
        return saveEdit(id, form);
    }

    @GET
    @Path("{id: \\d+}/delete")
    public Viewable confirmDelete(@PathParam("id") long id) {
        return confirmDelete(id, "target", find(id, currentStaff.get()).getLabel());
    }

    @POST
    @Path("{id: \\d+}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id) {
        return StaffViews.toSection(content.deleteTarget(id, currentStaff.get()));
    }

    @Override
    Target find(long id, StaffAccount account) {
        return content.target(id, account);
    }

    @Override
    TargetForm formOf(Target target) {
        return TargetForm.of(target);
    }

    @Override
    Optional<Target> save(long id, long startedFrom, StaffAccount account, Target.Builder builder) {
        return content.editTarget(id, startedFrom, account, builder);
    }

    @Override
    Viewable view(
            TargetForm form, FormErrors errors, Section section, Target target, List<FormFields.Difference> conflicts) {
        return form(form, errors, section, target, conflicts);
    }

    /** A section of the plan part of a draft the caller may edit: only there do targets belong. */
    @Override
    Section editable(Section section, StaffAccount account) {
        ReportDrafts.requireEditable(section.getReport(), account);
        section.requireTargets();
        return section;
    }

    private Viewable form(
            TargetForm form, FormErrors errors, Section section, Target target, List<FormFields.Difference> conflicts) {
        Map<String, Object> model = formModel(form, errors, section, target, conflicts);
        model.put("target", target);
        model.put("kinds", List.of(TargetKind.values()));
        model.put("comparators", List.of(Comparator.values()));
        model.put("obligations", List.of(Obligation.values()));
        return new Viewable("/staff/target-form", model);
    }
}
