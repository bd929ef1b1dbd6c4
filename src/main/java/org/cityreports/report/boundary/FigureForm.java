package org.cityreports.report.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.FormParam;
import org.cityreports.domain.FormErrors;
import org.cityreports.indicator.control.Indicators;
import org.cityreports.report.entity.Basis;
import org.cityreports.report.entity.Change;
import org.cityreports.report.entity.Direction;
import org.cityreports.report.entity.Figure;
import org.cityreports.report.entity.Qualifier;
import org.cityreports.report.entity.Rank;
import org.cityreports.unit.Unit;
import org.cityreports.web.FormFields;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A figure as staff type it from the report: the value as written ("5121.61") with the unit that
 * gives its scale ("亿元"), and every other part of the statement. Bean Validation checks each
 * field's form; {@link #toBuilder} checks what depends on several fields.
 */
public class FigureForm extends ItemForm<Figure.Builder> {

    private static final String QUALIFIERS = "EXACT|ABOUT|MORE_THAN|AT_LEAST|AT_MOST";

    @NotBlank(message = "{figure.label.required}")
    @Size(max = 200, message = "{figure.label.size}")
    @FormParam("label")
    public String label = "";

    @NotBlank(message = "{figure.value.required}")
    @Pattern(regexp = Numbers.DECIMAL, message = "{value.decimal}")
    @FormParam("value")
    public String value = "";

    @NotBlank(message = "{figure.unit.required}")
    @FormParam("unit")
    public String unit = "";

    @Pattern(regexp = "|UP|DOWN", message = "{figure.direction.invalid}")
    @FormParam("direction")
    public String direction = "";

    @Pattern(regexp = Numbers.OPTIONAL_DECIMAL, message = "{value.decimal}")
    @FormParam("changeValue")
    public String changeValue = "";

    @FormParam("changeUnit")
    public String changeUnit = "";

    @Pattern(regexp = "|UP|DOWN", message = "{figure.direction.invalid}")
    @FormParam("changeDirection")
    public String changeDirection = "";

    @Size(max = 60, message = "{figure.comparedWith.size}")
    @FormParam("comparedWith")
    public String comparedWith = "";

    @Pattern(regexp = "|" + QUALIFIERS, message = "{figure.qualifier.invalid}")
    @FormParam("qualifier")
    public String qualifier = "EXACT";

    @Pattern(regexp = Numbers.OPTIONAL_YEAR, message = "{year.range}")
    @FormParam("periodStart")
    public String periodStart = "";

    @Pattern(regexp = Numbers.OPTIONAL_YEAR, message = "{year.range}")
    @FormParam("periodEnd")
    public String periodEnd = "";

    @Pattern(regexp = "|YEARLY_AVERAGE|CUMULATIVE", message = "{figure.basis.invalid}")
    @FormParam("basis")
    public String basis = "";

    @Pattern(regexp = "\\s*(\\d{1,4})?\\s*", message = "{figure.rankPosition.invalid}")
    @FormParam("rankPosition")
    public String rankPosition = "";

    @Size(max = 80, message = "{figure.rankScope.size}")
    @FormParam("rankScope")
    public String rankScope = "";

    @FormParam("indicator")
    public String indicator = "";

    @NotBlank(message = "{figure.sourceSentence.required}")
    @Size(max = 1000, message = "{figure.sourceSentence.size}")
    @FormParam("sourceSentence")
    public String sourceSentence = "";

    @FormParam("headline")
    public String headline = "";

    static FigureForm of(Figure figure) {
        FigureForm form = new FigureForm();
        form.label = figure.getLabel();
        form.value = figure.getValue().toPlainString();
        form.unit = figure.getUnit().symbol();
        form.direction = name(figure.getDirection());
        Change change = figure.getChange();
        if (change != null) {
            form.changeValue =
                    change.getValue() == null ? "" : change.getValue().toPlainString();
            form.changeUnit = change.getUnit() == null ? "" : change.getUnit().symbol();
            form.changeDirection = name(change.getDirection());
        }
        form.comparedWith = Optional.ofNullable(figure.getComparedWith()).orElse("");
        form.qualifier = figure.getQualifier().name();
        form.periodStart = String.valueOf(figure.getPeriodStart());
        form.periodEnd = String.valueOf(figure.getPeriodEnd());
        form.basis = name(figure.getBasis());
        Rank rank = figure.getRank();
        if (rank != null) {
            form.rankPosition =
                    rank.getPosition() == null ? "" : rank.getPosition().toString();
            form.rankScope = Optional.ofNullable(rank.getScope()).orElse("");
        }
        form.indicator =
                figure.getIndicator() == null ? "" : figure.getIndicator().getCode();
        form.sourceSentence = figure.getSourceSentence();
        form.headline = figure.isHeadline() ? "true" : "";
        form.sourcePage = page(figure.getSourcePage());
        form.version = figure.getVersion();
        return form;
    }

    /** A new form for the next figure of a section, taking the sentence and unit of the last one. */
    static FigureForm after(Figure previous) {
        FigureForm form = new FigureForm();
        form.sourceSentence = previous.getSourceSentence();
        form.sourcePage = page(previous.getSourcePage());
        form.unit = previous.getUnit().symbol();
        return form;
    }

    /**
     * The figure, when every rule holds; otherwise empty, with what is wrong added to
     * {@code errors} under the field to correct. Call with what Bean Validation found: this reads
     * what it cannot (units, years, fields that go together) and skips what it refused; the
     * figure's own rules are the domain's ({@link Figure.Builder#check}).
     */
    @Override
    public Optional<Figure.Builder> toBuilder(Indicators indicators, FormErrors errors) {
        FormFields.blankNulls(this);
        Numbers.Years period =
                Numbers.period(periodStart, "periodStart", periodEnd, "periodEnd", "figure.period", errors);
        Figure.Builder builder = Figure.builder(
                        label.strip(),
                        Numbers.decimal(value),
                        Numbers.unit(unit, "unit", errors),
                        sourceSentence.strip())
                .direction(direction.matches("UP|DOWN") ? Direction.valueOf(direction) : null)
                .change(change(errors))
                .comparedWith(Text.orNull(comparedWith))
                .qualifier(qualifier.matches(QUALIFIERS) ? Qualifier.valueOf(qualifier) : Qualifier.EXACT)
                .basis(basis.matches("YEARLY_AVERAGE|CUMULATIVE") ? Basis.valueOf(basis) : null)
                .rank(rank(errors))
                .indicator(Numbers.indicator(indicator, indicators, errors))
                .headline("true".equals(headline))
                .sourcePage(page());
        if (period.start() != null && period.end() != null) {
            builder.period(period.start(), period.end());
        }
        builder.check(errors);
        return errors.isEmpty() ? Optional.of(builder) : Optional.empty();
    }

    private Change change(FormErrors errors) {
        if (changeValue.isBlank()) {
            if (!changeUnit.isBlank() || !changeDirection.isEmpty()) {
                errors.add("changeValue", "figure.change.valueRequired");
            }
            return null;
        }
        Unit unitOfChange = Numbers.unit(changeUnit, "changeUnit", errors);
        if (!changeDirection.matches("UP|DOWN")) {
            errors.add("changeDirection", "figure.change.directionRequired");
        }
        BigDecimal amount = Numbers.decimal(changeValue);
        if (changeUnit.isBlank()) {
            errors.add("changeUnit", "unit.required");
        }
        if (unitOfChange == null || !changeDirection.matches("UP|DOWN") || amount == null) {
            return null;
        }
        return new Change(amount, unitOfChange, Direction.valueOf(changeDirection));
    }

    private Rank rank(FormErrors errors) {
        if (rankPosition.isBlank()) {
            if (!rankScope.isBlank()) {
                errors.add("rankPosition", "figure.rank.positionRequired");
            }
            return null;
        }
        if (!rankPosition.matches("\\s*\\d{1,4}\\s*")) {
            return null; // the form's pattern has said what is wrong
        }
        return new Rank(Integer.parseInt(rankPosition.strip()), Text.orNull(rankScope));
    }

    private static String name(Enum<?> value) {
        return value == null ? "" : value.name();
    }
}
