package org.cityreports.report.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.FormParam;
import org.cityreports.report.entity.Part;
import org.cityreports.report.entity.Section;

/** A section as staff type it: its part, heading (none for a part's opening) and text. */
public class SectionForm {

    @NotBlank(message = "{section.part.required}")
    @Pattern(regexp = "ANNUAL_REVIEW|FIVE_YEAR_REVIEW|PLAN", message = "{section.part.required}")
    @FormParam("part")
    public String part = "";

    @Size(max = 200, message = "{section.title.size}")
    @FormParam("title")
    public String title = "";

    @Size(max = 100_000, message = "{section.narrative.size}")
    @FormParam("narrative")
    public String narrative = "";

    @FormParam("version")
    public Long version;

    static SectionForm of(Section section) {
        SectionForm form = new SectionForm();
        form.part = section.getPart().name();
        form.title = section.getTitle() == null ? "" : section.getTitle();
        form.narrative = section.getNarrative() == null ? "" : section.getNarrative();
        form.version = section.getVersion();
        return form;
    }

    Part partValue() {
        return Part.valueOf(part);
    }

    String titleValue() {
        return Text.orNull(title);
    }

    String narrativeValue() {
        return Text.orNull(narrative);
    }
}
