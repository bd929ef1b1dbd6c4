package org.cityreports.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
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
import org.cityreports.report.control.FigureChecks;
import org.cityreports.report.control.ItemAddedByHand;
import org.cityreports.report.control.ReportDrafts;
import org.cityreports.report.entity.Basis;
import org.cityreports.report.entity.Figure;
import org.cityreports.report.entity.Qualifier;
import org.cityreports.report.entity.Section;
import org.cityreports.staff.entity.StaffAccount;
import org.cityreports.web.FormFields;
import org.glassfish.jersey.server.mvc.Viewable;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figure row form: staff add figures to a section one after another ("save and add
 * another" keeps the sentence and unit), edit one with its history beside it, or delete it.
 */
@Path("staff/figures")
@RequestScoped
@RolesAllowed({"editor", "reviewer", "admin"})
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class FigurePages extends ItemPages<Figure, Figure.Builder, FigureForm> {

    @Inject
    ReportDrafts drafts;

    @Inject
    FigureChecks checks;

    @GET
    @Path("new")
    public Viewable newFigure(@QueryParam("section") long sectionId, @QueryParam("after") Long previousId) {
        StaffAccount account = currentStaff.get();
        Section section = editableSection(sectionId, account);
        FigureForm form = new FigureForm();
        Figure previous = null;
        if (previousId != null) {
            previous = content.figure(previousId, account);
            form = FigureForm.after(previous);
        }
        return form(form, new FormErrors(), section, null, null, previous);
    }

    @Inject
    Event<ItemAddedByHand> addedByHand;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(
            @QueryParam("section") long sectionId, @BeanParam FigureForm form, @FormParam("then") String then) {
        StaffAccount account = currentStaff.get();
        FormErrors errors = new FormErrors();
        Optional<Figure.Builder> builder = form.check(validator, indicators, errors);
        if (builder.isEmpty()) {
            Section section = editableSection(sectionId, account);
            return Response.status(400)
                    .entity(form(form, errors, section, null, null, null))
                    .build();
        }
        Figure figure = content.addFigure(sectionId, account, builder.get()); // checks who may add it
        addedByHand.fire(new ItemAddedByHand(figure.getSection().getReport().getId(), figure, account.getUsername()));
        if ("another".equals(then)) {
            // the next figure's form shows this one, with any warning the checks found on it
            return Response.seeOther(URI.create("/staff/figures/new?section=" + sectionId + "&after=" + figure.getId()))
                    .build();
        }
        return afterSave(figure);
    }

    /** A saved figure that a check warns about opens again with the warning: saved, but worth a look. */
    @Override
    Response afterSave(Figure saved) {
        boolean warned = checks.open(saved.getSection().getReport()).stream()
                .anyMatch(w -> w.figure().getId().equals(saved.getId()));
        return warned
                ? Response.seeOther(URI.create("/staff/figures/" + saved.getId() + "?saved#checks"))
                        .build()
                : super.afterSave(saved);
    }

    @GET
    @Path("{id: \\d+}")
    public Viewable edit(@PathParam("id") long id) {
        Figure figure = content.figure(id, currentStaff.get());
        return form(FigureForm.of(figure), new FormErrors(), figure.getSection(), figure, null, null);
    }

    @POST
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, @BeanParam FigureForm form) {
        return saveEdit(id, form);
    }

    @GET
    @Path("{id: \\d+}/delete")
    public Viewable confirmDelete(@PathParam("id") long id) {
        Figure figure = find(id, currentStaff.get());
        return confirmDelete(
                id, "figure", figure.getLabel() + " " + figure.getValue().toPlainString() + " " + figure.getUnit());
    }

    @POST
    @Path("{id: \\d+}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id) {
        return StaffViews.toSection(content.deleteFigure(id, currentStaff.get()));
    }

    @Override
    Figure find(long id, StaffAccount account) {
        return content.figure(id, account);
    }

    @Override
    FigureForm formOf(Figure figure) {
        return FigureForm.of(figure);
    }

    @Override
    Optional<Figure> save(long id, long startedFrom, StaffAccount account, Figure.Builder builder) {
        return content.editFigure(id, startedFrom, account, builder);
    }

    @Override
    Viewable view(
            FigureForm form, FormErrors errors, Section section, Figure figure, List<FormFields.Difference> conflicts) {
        return form(form, errors, section, figure, conflicts, null);
    }

    @Override
    Section editable(Section section, StaffAccount account) {
        ReportDrafts.requireEditable(section.getReport(), account);
        return section;
    }

    private Viewable form(
            FigureForm form,
            FormErrors errors,
            Section section,
            Figure figure,
            List<FormFields.Difference> conflicts,
            Figure previous) {
        Map<String, Object> model = formModel(form, errors, section, figure, conflicts);
        model.put("figure", figure);
        model.put("previous", previous);
        model.put("qualifiers", List.of(Qualifier.values()));
        model.put("bases", List.of(Basis.values()));
        Figure checked = figure != null ? figure : previous;
        model.put(
                "warnings",
                checked == null
                        ? List.of()
                        : checks.of(section.getReport()).stream()
                                .filter(w -> w.figure().getId().equals(checked.getId())
                                        || w.related().contains(checked))
                                .toList());
        return new Viewable("/staff/figure-form", model);
    }
}
