package org.cityreports.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cityreports.city.control.Cities;
import org.cityreports.city.entity.City;
import org.cityreports.document.boundary.UploadedFile;
import org.cityreports.document.control.UnreadableFile;
import org.cityreports.domain.FormErrors;
import org.cityreports.report.control.FigureChecks;
import org.cityreports.report.control.ReportDrafts;
import org.cityreports.report.control.Warning;
import org.cityreports.report.entity.DocumentKind;
import org.cityreports.report.entity.Part;
import org.cityreports.report.entity.Report;
import org.cityreports.report.entity.ReportStatus;
import org.cityreports.staff.control.CurrentStaff;
import org.cityreports.staff.entity.StaffAccount;
import org.cityreports.web.FormFields;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;
import org.glassfish.jersey.server.mvc.Viewable;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Staff create a city's report of a year and describe it; each only for the cities they may edit. */
@Path("staff/reports")
@RequestScoped
@RolesAllowed({"editor", "reviewer", "admin"})
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class StaffReportPages {

    @Inject
    ReportDrafts drafts;

    @Inject
    Cities cities;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Validator validator;

    @GET
    @Path("new")
    public Viewable newReport() {
        return form(new ReportForm(), new FormErrors(), null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam ReportForm form) {
        return create(form, new FormErrors());
    }

    /** The form with the report's file: its text becomes the report's (a bad file stores nothing). */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response createWithFile(FormDataMultiPart parts) {
        ReportForm form = ReportForm.of(parts);
        return create(form, textOfFile(parts, form));
    }

    private Response create(ReportForm form, FormErrors fileErrors) {
        StaffAccount account = currentStaff.get();
        FormErrors errors = FormErrors.of(validator.validate(form));
        fileErrors.asMap().forEach((field, keys) -> keys.forEach(key -> errors.add(field, key)));
        City city = null;
        if (!form.city.isBlank()) {
            city = cities.find(form.city).orElse(null);
            if (city == null) {
                errors.add("city", "report.city.required");
            } else if (!account.mayEdit(city)) {
                throw new ForbiddenException("Not your city");
            }
        }
        if (errors.isEmpty()) {
            drafts.check(city, form.yearValue(), null, errors);
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(form(form, errors, null, null)).build();
        }
        Report report = drafts.create(
                city,
                form.yearValue(),
                DocumentKind.valueOf(form.documentKind),
                form.title,
                form.sourceText,
                account.getUsername());
        return Response.seeOther(URI.create("/staff/reports/" + report.getId())).build();
    }

    @Inject
    FigureChecks checks;

    @GET
    @Path("{id: \\d+}")
    public Viewable show(@PathParam("id") long id) {
        StaffAccount account = currentStaff.get();
        Report report = drafts.find(id, account);
        return page(report, checks.of(report), account, new FormErrors(), Map.of());
    }

    /**
     * The report as staff work on it, with the actions the caller may take in its status and the
     * checks' warnings on its figures; publishing waits until none is open.
     *
     * @param typed what a refused form had in its fields ("comment" to send back, "reason" of a correction)
     */
    static Viewable page(
            Report report, List<Warning> warnings, StaffAccount account, FormErrors errors, Map<String, String> typed) {
        boolean mayEdit = account.mayEdit(report.getCity());
        Map<String, Object> model = new HashMap<>();
        model.put("report", report);
        model.put("parts", List.of(Part.values()));
        model.put("editable", mayEdit && report.isEditable());
        model.put("maySubmit", mayEdit && report.getStatus() == ReportStatus.DRAFT);
        model.put("mayReview", account.mayReview() && report.getStatus() == ReportStatus.IN_REVIEW);
        model.put("mayRevise", mayEdit && report.getStatus() == ReportStatus.PUBLISHED);
        model.put("errors", errors.asMap());
        model.put("comment", typed.getOrDefault("comment", ""));
        model.put("reason", typed.getOrDefault("reason", ""));
        model.put("warnings", warnings);
        model.put("openWarnings", warnings.stream().filter(Warning::isOpen).count());
        return new Viewable("/staff/report", model);
    }

    @GET
    @Path("{id: \\d+}/edit")
    public Viewable edit(@PathParam("id") long id) {
        Report report = drafts.findEditable(id, currentStaff.get());
        return form(ReportForm.of(report), new FormErrors(), report, null);
    }

    @POST
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, @BeanParam ReportForm form) {
        return update(id, form, new FormErrors());
    }

    @POST
    @Path("{id: \\d+}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response updateWithFile(@PathParam("id") long id, FormDataMultiPart parts) {
        ReportForm form = ReportForm.of(parts);
        return update(id, form, textOfFile(parts, form));
    }

    /** A chosen file's text in place of the typed text; what went wrong with it, under the file field. */
    private static FormErrors textOfFile(FormDataMultiPart parts, ReportForm form) {
        FormErrors errors = new FormErrors();
        try {
            UploadedFile.read(parts.getField(UploadedFile.FIELD))
                    .ifPresent(named -> form.sourceText = named.read().text());
        } catch (UnreadableFile e) {
            errors.add(UploadedFile.FIELD, e.messageKey());
        }
        return errors;
    }

    private Response update(long id, ReportForm form, FormErrors fileErrors) {
        StaffAccount account = currentStaff.get();
        Report current = drafts.findEditable(id, account);
        form.city = current.getCity().getSlug(); // the city of a report does not change
        FormErrors errors = FormErrors.of(validator.validate(form));
        fileErrors.asMap().forEach((field, keys) -> keys.forEach(key -> errors.add(field, key)));
        if (errors.isEmpty()) {
            drafts.check(current.getCity(), form.yearValue(), current, errors);
        }
        if (form.version == null) {
            errors.add("version", "report.version.missing");
        }
        if (!errors.isEmpty()) {
            return Response.status(400)
                    .entity(form(form, errors, current, null))
                    .build();
        }
        Optional<Report> saved = drafts.describe(
                id,
                form.version,
                account,
                form.yearValue(),
                DocumentKind.valueOf(form.documentKind),
                form.title,
                form.sourceText);
        if (saved.isEmpty()) {
            // someone saved first: show their values beside ours; saving again overwrites knowingly
            Report theirs = drafts.find(id, account);
            List<FormFields.Difference> conflicts = FormFields.differences(ReportForm.of(theirs), form);
            form.version = theirs.getVersion();
            return Response.status(409)
                    .entity(form(form, new FormErrors(), theirs, conflicts))
                    .build();
        }
        return Response.seeOther(URI.create("/staff/reports/" + id)).build();
    }

    private Viewable form(ReportForm form, FormErrors errors, Report report, List<FormFields.Difference> conflicts) {
        StaffAccount account = currentStaff.get();
        List<City> editable = cities.all().stream().filter(account::mayEdit).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", errors.asMap());
        model.put("cities", editable);
        model.put("kinds", List.of(DocumentKind.values()));
        model.put("report", report);
        model.put("conflicts", conflicts);
        return new Viewable("/staff/report-form", model);
    }
}
