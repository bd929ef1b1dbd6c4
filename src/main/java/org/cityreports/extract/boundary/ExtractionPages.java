package org.cityreports.extract.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.cityreports.document.boundary.UploadedFile;
import org.cityreports.document.control.UnreadableFile;
import org.cityreports.extract.control.Extraction;
import org.cityreports.extract.control.ExtractionReview;
import org.cityreports.extract.control.ReportText;
import org.cityreports.extract.control.ScoredFields;
import org.cityreports.indicator.control.Indicators;
import org.cityreports.report.boundary.ImportRows;
import org.cityreports.report.control.FigureChecks;
import org.cityreports.report.control.FigureImport;
import org.cityreports.report.control.FigureImport.ImportRow;
import org.cityreports.report.control.ReportDrafts;
import org.cityreports.report.entity.Part;
import org.cityreports.report.entity.Report;
import org.cityreports.staff.control.CurrentStaff;
import org.cityreports.staff.entity.StaffAccount;
import org.cityreports.unit.Unit;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataParam;
import org.glassfish.jersey.server.mvc.Viewable;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /staff/reports/{id}/extract}: the editor pastes the report's text (or takes the one stored
 * with the report), gets every figure it states as an editable row tied to its sentence, corrects
 * and accepts them in bulk. Accepting checks every chosen row with the figure and target forms'
 * own rules, stores them all in one transaction or none, and leaves out exact duplicates of what
 * the report already holds. Works without JavaScript; with it, clicking a row marks its sentence.
 */
@Path("staff/reports")
@RequestScoped
@RolesAllowed({"editor", "reviewer", "admin"})
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class ExtractionPages {

    @Inject
    ReportDrafts drafts;

    @Inject
    Extraction extraction;

    @Inject
    FigureImport figureImport;

    @Inject
    Indicators indicators;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Validator validator;

    /** A piece of the text: a sentence (its index) or what lies between sentences (-1). */
    public record Segment(String text, int sentence) {}

    @Inject
    FigureChecks checks;

    @Inject
    ExtractionReview review;

    @GET
    @Path("{id: \\d+}/extract")
    public Viewable form(
            @PathParam("id") long id,
            @QueryParam("figures") Integer figures,
            @QueryParam("targets") Integer targets,
            @QueryParam("duplicates") Integer duplicates) {
        Report report = drafts.findEditable(id, currentStaff.get());
        Map<String, Object> model = model(report, report.getSourceText() == null ? "" : report.getSourceText());
        if (figures != null) {
            model.put("stored", List.of(figures, targets == null ? 0 : targets, duplicates == null ? 0 : duplicates));
            // the rows just saved pass the same checks as a figure saved by hand
            model.put("warnings", checks.of(report));
        }
        return new Viewable("/staff/extract", model);
    }

    @POST
    @Path("{id: \\d+}/extract")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        StaffAccount account = currentStaff.get();
        Report report = drafts.findEditable(id, account);
        String text = form.getFirst("text") == null ? "" : form.getFirst("text");
        Map<String, Object> model = model(report, text);
        String action = form.getFirst("action");
        if (!"accept".equals(action) && !"acceptValid".equals(action)) {
            return Response.ok(found(model, report, text)).build();
        }
        List<CandidateRow> rows = CandidateRow.from(form);
        Map<Integer, Map<String, List<String>>> problems = new LinkedHashMap<>();
        List<ImportRow> chosen = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CandidateRow row = rows.get(i);
            if (row.accepted()) {
                ImportRows.Checked checked = row.isTarget()
                        ? ImportRows.target(row.part, row.section, row.targetForm(), validator, indicators)
                        : ImportRows.figure(row.part, row.section, row.figureForm(), validator, indicators);
                if (checked.errors().isEmpty()) {
                    chosen.add(checked.row());
                } else {
                    problems.put(i, checked.errors().asMap());
                }
            }
        }
        boolean saveTheRest = "acceptValid".equals(action);
        if (saveTheRest && !chosen.isEmpty() && !problems.isEmpty()) {
            // the good rows are stored; the bad ones stay on the page to be corrected and saved later
            FigureImport.Stored stored = figureImport.store(id, account, chosen, true);
            review.record(id, decided(rows, problems.keySet()), account.getUsername());
            List<CandidateRow> left = new ArrayList<>();
            Map<Integer, Map<String, List<String>>> leftProblems = new LinkedHashMap<>();
            problems.forEach((i, errors) -> {
                leftProblems.put(left.size(), errors);
                left.add(rows.get(i));
            });
            model.put("stored", List.of(stored.figures(), stored.targets(), stored.duplicates()));
            model.put("warnings", checks.of(drafts.find(id, account)));
            return Response.ok(rowsAgain(model, text, left, leftProblems)).build();
        }
        if (!problems.isEmpty() || chosen.isEmpty()) {
            // the same page again, the text marked by sentence, each row as the editor left it
            model.put("noneChosen", chosen.isEmpty() && problems.isEmpty());
            model.put("goodRows", chosen.size());
            return Response.status(400)
                    .entity(rowsAgain(model, text, rows, problems))
                    .build();
        }
        FigureImport.Stored stored = figureImport.store(id, account, chosen, true);
        review.record(id, decided(rows, Set.of()), account.getUsername());
        return Response.seeOther(URI.create("/staff/reports/" + id + "/extract?figures=" + stored.figures()
                        + "&targets=" + stored.targets() + "&duplicates=" + stored.duplicates()))
                .build();
    }

    /**
     * The rows the editor decided on, for the review record: each saved as it stands, or left out
     * (unticked); rows still to be corrected ({@code pending}) are not decided yet.
     */
    private static List<ExtractionReview.Decided> decided(List<CandidateRow> rows, Set<Integer> pending) {
        List<ExtractionReview.Decided> decided = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CandidateRow row = rows.get(i);
            if (!pending.contains(i)) {
                decided.add(new ExtractionReview.Decided(
                        ScoredFields.parse(row.proposed), row.accepted() ? row.scored() : null));
            }
        }
        return decided;
    }

    /**
     * The report's file read into text (PDF, Word, web page), and its candidates found as from
     * pasted text, each with the page its sentence is on. A file that cannot be read leaves the
     * page as it was, the reason under the file field.
     */
    @POST
    @Path("{id: \\d+}/extract/file")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response fromFile(@PathParam("id") long id, @FormDataParam(UploadedFile.FIELD) FormDataBodyPart file) {
        Report report = drafts.findEditable(id, currentStaff.get());
        Optional<UploadedFile.Named> named;
        try {
            named = UploadedFile.read(file);
        } catch (UnreadableFile e) {
            return refusedFile(report, e.messageKey());
        }
        if (named.isEmpty()) {
            return refusedFile(report, "file.none");
        }
        String text = named.get().read().text();
        Map<String, Object> model = model(report, text);
        model.put("fileRead", named.get());
        return Response.ok(found(model, report, text)).build();
    }

    /** The page with every candidate the text states, as rows to correct, and the text cut at its sentences. */
    private Viewable found(Map<String, Object> model, Report report, String text) {
        Extraction.Result result = extraction.of(text, report.getYear());
        model.put("segments", segments(result.text()));
        model.put("rows", result.candidates().stream().map(CandidateRow::of).toList());
        return new Viewable("/staff/extract", model);
    }

    private static Response refusedFile(Report report, String messageKey) {
        Map<String, Object> model = model(report, report.getSourceText() == null ? "" : report.getSourceText());
        model.put("fileErrors", Map.of(UploadedFile.FIELD, List.of(messageKey)));
        return Response.status(400)
                .entity(new Viewable("/staff/extract", model))
                .build();
    }

    /** The page with the editor's rows as posted, and an error summary linking each problem to its input. */
    private static Viewable rowsAgain(
            Map<String, Object> model,
            String text,
            List<CandidateRow> rows,
            Map<Integer, Map<String, List<String>>> problems) {
        List<ProblemLink> links = new ArrayList<>();
        problems.forEach((i, errors) -> errors.forEach((field, keys) ->
                keys.forEach(key -> links.add(new ProblemLink(i + 1, CandidateRow.inputId(i, field), key)))));
        model.put("segments", segments(ReportText.of(text)));
        model.put("rows", rows);
        model.put("problems", problems);
        model.put("problemLinks", links);
        return new Viewable("/staff/extract", model);
    }

    /** One line of the error summary: the row's number, the id of the input to correct, the message. */
    public record ProblemLink(int row, String target, String messageKey) {}

    private static Map<String, Object> model(Report report, String text) {
        Map<String, Object> model = new HashMap<>();
        model.put("report", report);
        model.put("text", text);
        model.put("rows", List.of());
        model.put("segments", List.of());
        model.put("problems", Map.of());
        model.put("problemLinks", List.of());
        model.put("goodRows", 0);
        model.put("parts", List.of(Part.values()));
        model.put("units", Unit.offered());
        model.put("fileErrors", Map.of());
        model.put("fileField", UploadedFile.FIELD);
        return model;
    }

    /** The cleaned text cut at its sentences, so that each can be marked. */
    static List<Segment> segments(ReportText text) {
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (ReportText.Sentence s : text.sentences()) {
            if (s.start() > at) {
                segments.add(new Segment(text.text().substring(at, s.start()), -1));
            }
            segments.add(new Segment(text.text().substring(s.start(), s.end()), s.index()));
            at = s.end();
        }
        if (at < text.text().length()) {
            segments.add(new Segment(text.text().substring(at), -1));
        }
        return segments;
    }
}
