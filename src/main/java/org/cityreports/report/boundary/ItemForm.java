package org.cityreports.report.boundary;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.FormParam;
import org.cityreports.domain.FormErrors;
import org.cityreports.indicator.control.Indicators;

import java.util.Optional;

/**
 * A figure's or target's form: its fields as typed, the version the editor started from, and the
 * builder of the item when every rule holds.
 *
 * @param <B> the item's builder
 */
public abstract class ItemForm<B> {

    /** The version of the item the editor started from; null on a new item. */
    @FormParam("version")
    public Long version;

    /** The page of the report's file the sentence is on ("7"), blank when not known. */
    @Pattern(regexp = "\\s*(\\d{1,4})?\\s*", message = "{item.sourcePage.invalid}")
    @FormParam("sourcePage")
    public String sourcePage = "";

    /** For the templates: their expressions read a property, not a field of a superclass. */
    public Long getVersion() {
        return version;
    }

    public String getSourcePage() {
        return sourcePage;
    }

    /** The page typed, or null when blank or not a number (Bean Validation reports the latter). */
    Integer page() {
        return sourcePage == null || !sourcePage.strip().matches("\\d{1,4}")
                ? null
                : Integer.valueOf(sourcePage.strip());
    }

    static String page(Integer page) {
        return page == null ? "" : page.toString();
    }

    /** The item when every rule holds; otherwise empty, with the messages in {@code errors}. */
    public abstract Optional<B> toBuilder(Indicators indicators, FormErrors errors);

    /**
     * Every check of a submitted form, as its page, the CSV import and the extraction screen run
     * them: Bean Validation's field by field, then {@link #toBuilder}'s across fields.
     */
    public Optional<B> check(Validator validator, Indicators indicators, FormErrors errors) {
        FormErrors.of(validator.validate(this))
                .asMap()
                .forEach((field, keys) -> keys.forEach(key -> errors.add(field, key)));
        return toBuilder(indicators, errors);
    }
}
