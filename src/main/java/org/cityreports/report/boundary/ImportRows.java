package org.cityreports.report.boundary;

import jakarta.validation.Validator;
import org.cityreports.domain.FormErrors;
import org.cityreports.indicator.control.Indicators;
import org.cityreports.report.control.FigureImport.ImportRow;
import org.cityreports.report.entity.Part;

import java.util.Optional;

/**
 * A figure or target that arrives in bulk (a CSV line, a row the editor accepted from the
 * extractor) checked exactly as its form would be, plus the part and section it goes to.
 */
public final class ImportRows {

    /** The row to store (null when refused) and what is wrong with it, field by field. */
    public record Checked(ImportRow row, FormErrors errors) {}

    private ImportRows() {}

    public static Checked figure(
            String part, String section, FigureForm form, Validator validator, Indicators indicators) {
        return check(
                part,
                section,
                form,
                validator,
                indicators,
                (into, title, figure) -> new ImportRow(into, title, figure));
    }

    public static Checked target(
            String part, String section, TargetForm form, Validator validator, Indicators indicators) {
        return check(
                part,
                section,
                form,
                validator,
                indicators,
                (into, title, target) -> new ImportRow(into, title, null, target));
    }

    /** How a checked builder becomes a row, given its part and section title. */
    private interface RowOf<B> {
        ImportRow make(Part part, String sectionTitle, B builder);
    }

    private static <B> Checked check(
            String part, String section, ItemForm<B> form, Validator validator, Indicators indicators, RowOf<B> row) {
        FormErrors errors = new FormErrors();
        Optional<B> builder = form.check(validator, indicators, errors);
        Part into = part(part, errors);
        return new Checked(
                builder.isPresent() && into != null ? row.make(into, blankToNull(section), builder.get()) : null,
                errors);
    }

    private static Part part(String name, FormErrors errors) {
        try {
            return Part.valueOf(name == null ? "" : name.strip());
        } catch (IllegalArgumentException e) {
            errors.add("part", "import.part");
            return null;
        }
    }

    private static String blankToNull(String section) {
        return section == null || section.isBlank() ? null : section.strip();
    }
}
