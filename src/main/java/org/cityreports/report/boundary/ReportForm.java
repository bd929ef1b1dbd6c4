package org.cityreports.report.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.FormParam;
import org.cityreports.report.entity.Report;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;

/** A report's description as staff type it: which city and year, which document, its text. */
public class ReportForm {

    @NotBlank(message = "{report.city.required}")
    @FormParam("city")
    public String city = "";

    @NotBlank(message = "{report.year.required}")
    @Pattern(regexp = "\\s*\\d{1,4}\\s*", message = "{report.year.range}")
    @FormParam("year")
    public String year = "";

    @NotBlank(message = "{report.documentKind.required}")
    @Pattern(regexp = "FULL_TEXT|SUMMARY|INTERPRETATION", message = "{report.documentKind.required}")
    @FormParam("documentKind")
    public String documentKind = "";

    @NotBlank(message = "{report.title.required}")
    @Size(max = 200, message = "{report.title.size}")
    @FormParam("title")
    public String title = "";

    @Size(max = 200_000, message = "{report.sourceText.size}")
    @FormParam("sourceText")
    public String sourceText = "";

    /** The version the editor started from, so that a save over someone else's is noticed. */
    @FormParam("version")
    public Long version;

    static ReportForm of(Report report) {
        ReportForm form = new ReportForm();
        form.city = report.getCity().getSlug();
        form.year = String.valueOf(report.getYear());
        form.documentKind = report.getDocumentKind().name();
        form.title = report.getTitle();
        form.sourceText = report.getSourceText() == null ? "" : report.getSourceText();
        form.version = report.getVersion();
        return form;
    }

    /** The fields of a form posted with a file (multipart): the same names as the plain form's. */
    static ReportForm of(FormDataMultiPart parts) {
        ReportForm form = new ReportForm();
        form.city = field(parts, "city");
        form.year = field(parts, "year");
        form.documentKind = field(parts, "documentKind");
        form.title = field(parts, "title");
        form.sourceText = field(parts, "sourceText");
        String version = field(parts, "version").strip();
        form.version = version.matches("\\d{1,18}") ? Long.valueOf(version) : null;
        return form;
    }

    private static String field(FormDataMultiPart parts, String name) {
        FormDataBodyPart part = parts.getField(name);
        return part == null ? "" : part.getValue();
    }

    int yearValue() {
        return Integer.parseInt(year.strip());
    }
}
