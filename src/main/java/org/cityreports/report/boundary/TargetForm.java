package org.cityreports.report.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.FormParam;
import org.cityreports.domain.FormErrors;
import org.cityreports.indicator.control.Indicators;
import org.cityreports.report.entity.Comparator;
import org.cityreports.report.entity.Obligation;
import org.cityreports.report.entity.Target;
import org.cityreports.report.entity.TargetKind;
import org.cityreports.web.FormFields;

import java.util.Optional;

/** A plan target as staff type it: "研发经费投入年均增长 10% 以上" is yearly growth, at least, 10, %. */
public class TargetForm extends ItemForm<Target.Builder> {

    private static final String KINDS = "LEVEL|YEARLY_GROWTH|CUMULATIVE_INCREASE|COUNT_TO_DELIVER";
    private static final String COMPARATORS = "AT_LEAST|AT_MOST|ABOUT";

    @NotBlank(message = "{target.label.required}")
    @Size(max = 200, message = "{target.label.size}")
    @FormParam("label")
    public String label = "";

    @NotBlank(message = "{target.kind.required}")
    @Pattern(regexp = KINDS, message = "{target.kind.required}")
    @FormParam("kind")
    public String kind = "";

    @NotBlank(message = "{target.comparator.required}")
    @Pattern(regexp = COMPARATORS, message = "{target.comparator.required}")
    @FormParam("comparator")
    public String comparator = "";

    @NotBlank(message = "{target.value.required}")
    @Pattern(regexp = Numbers.DECIMAL, message = "{value.decimal}")
    @FormParam("value")
    public String value = "";

    /** The upper end of a range ("5.5" of "5%—5.5%"); blank for one value. */
    @Pattern(regexp = Numbers.OPTIONAL_DECIMAL, message = "{value.decimal}")
    @FormParam("high")
    public String high = "";

    @Pattern(regexp = "|BINDING|EXPECTED", message = "{target.obligation.invalid}")
    @FormParam("obligation")
    public String obligation = "";

    @NotBlank(message = "{unit.required}")
    @FormParam("unit")
    public String unit = "";

    @Pattern(regexp = Numbers.OPTIONAL_YEAR, message = "{year.range}")
    @FormParam("startYear")
    public String startYear = "";

    @Pattern(regexp = Numbers.OPTIONAL_YEAR, message = "{year.range}")
    @FormParam("endYear")
    public String endYear = "";

    @FormParam("indicator")
    public String indicator = "";

    @NotBlank(message = "{target.sourceSentence.required}")
    @Size(max = 1000, message = "{target.sourceSentence.size}")
    @FormParam("sourceSentence")
    public String sourceSentence = "";

    static TargetForm of(Target target) {
        TargetForm form = new TargetForm();
        form.label = target.getLabel();
        form.kind = target.getKind().name();
        form.comparator = target.getComparator().name();
        form.value = target.getValue().toPlainString();
        form.high = target.getHigh() == null ? "" : target.getHigh().toPlainString();
        form.obligation =
                target.getObligation() == null ? "" : target.getObligation().name();
        form.sourcePage = page(target.getSourcePage());
        form.unit = target.getUnit().symbol();
        form.startYear = String.valueOf(target.getStartYear());
        form.endYear = String.valueOf(target.getEndYear());
        form.indicator =
                target.getIndicator() == null ? "" : target.getIndicator().getCode();
        form.sourceSentence = target.getSourceSentence();
        form.version = target.getVersion();
        return form;
    }

    /**
     * The target when every rule holds; otherwise empty, with the messages in {@code errors}.
     * Call with what Bean Validation found; this reads what it cannot and skips the fields it
     * refused; the target's own rules are the domain's ({@link Target.Builder#check}).
     */
    @Override
    public Optional<Target.Builder> toBuilder(Indicators indicators, FormErrors errors) {
        FormFields.blankNulls(this);
        Numbers.Years years = Numbers.period(startYear, "startYear", endYear, "endYear", "target.years", errors);
        Target.Builder builder = Target.builder(
                        label.strip(),
                        kind.matches(KINDS) ? TargetKind.valueOf(kind) : null,
                        comparator.matches(COMPARATORS) ? Comparator.valueOf(comparator) : null,
                        Numbers.decimal(value),
                        Numbers.unit(unit, "unit", errors),
                        sourceSentence.strip())
                .indicator(Numbers.indicator(indicator, indicators, errors))
                .high(high.isBlank() ? null : Numbers.decimal(high))
                .obligation(obligation.matches("BINDING|EXPECTED") ? Obligation.valueOf(obligation) : null)
                .sourcePage(page());
        if (years.start() != null && years.end() != null) {
            builder.years(years.start(), years.end());
        }
        builder.check(errors);
        return errors.isEmpty() ? Optional.of(builder) : Optional.empty();
    }
}
