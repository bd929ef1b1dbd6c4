package org.cityreports.indicator.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.FormParam;
import org.cityreports.domain.FormErrors;
import org.cityreports.indicator.entity.Indicator;
import org.cityreports.indicator.entity.IndicatorKind;
import org.cityreports.indicator.entity.PlausibleRange;
import org.cityreports.unit.Dimension;
import org.cityreports.unit.Unit;

import java.math.BigDecimal;
import java.util.Optional;

/** An indicator as an admin types it (the code only when creating one). */
public class IndicatorForm {

    private static final String OPTIONAL_DECIMAL = "\\s*(-?\\d{1,16}(\\.\\d{1,8})?)?\\s*";

    @NotBlank(message = "{indicator.code.required}")
    @Size(max = 40, message = "{indicator.code.size}")
    @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "{indicator.code.pattern}")
    @FormParam("code")
    public String code = "";

    @NotBlank(message = "{indicator.nameZh.required}")
    @Size(max = 80, message = "{indicator.name.size}")
    @FormParam("nameZh")
    public String nameZh = "";

    @NotBlank(message = "{indicator.nameEn.required}")
    @Size(max = 120, message = "{indicator.name.size}")
    @FormParam("nameEn")
    public String nameEn = "";

    @NotBlank(message = "{indicator.unit.required}")
    @FormParam("unit")
    public String unit = "";

    @Pattern(regexp = "LEVEL|GROWTH_RATE|SHARE|COUNT", message = "{indicator.kind.required}")
    @FormParam("kind")
    public String kind = "";

    @FormParam("growthOf")
    public String growthOf = "";

    /** The plausible range and growth tolerance: decimals, each may stay empty. */
    @Pattern(regexp = OPTIONAL_DECIMAL, message = "{value.decimal}")
    @FormParam("plausibleMin")
    public String plausibleMin = "";

    @Pattern(regexp = OPTIONAL_DECIMAL, message = "{value.decimal}")
    @FormParam("plausibleMax")
    public String plausibleMax = "";

    @Pattern(regexp = "\\s*(\\d{1,4}(\\.\\d{1,2})?)?\\s*", message = "{indicator.growthTolerance.invalid}")
    @FormParam("growthTolerance")
    public String growthTolerance = "";

    @FormParam("version")
    public String version = "";

    static IndicatorForm of(Indicator i) {
        IndicatorForm form = new IndicatorForm();
        form.code = i.getCode();
        form.nameZh = i.getNameZh();
        form.nameEn = i.getNameEn();
        form.unit = i.getUnit().symbol();
        form.kind = i.getKind().name();
        form.growthOf = i.getGrowthOf() == null ? "" : i.getGrowthOf().getCode();
        PlausibleRange range = i.getPlausibleRange();
        form.plausibleMin = plain(range.getMin());
        form.plausibleMax = plain(range.getMax());
        form.growthTolerance = plain(range.getGrowthTolerance());
        form.version = String.valueOf(i.getVersion());
        return form;
    }

    void strip() {
        code = code == null ? "" : code.strip();
        nameZh = nameZh == null ? "" : nameZh.strip();
        nameEn = nameEn == null ? "" : nameEn.strip();
        unit = unit == null ? "" : unit.strip();
        kind = kind == null ? "" : kind.strip();
        growthOf = growthOf == null ? "" : growthOf.strip();
        plausibleMin = plausibleMin == null ? "" : plausibleMin.strip();
        plausibleMax = plausibleMax == null ? "" : plausibleMax.strip();
        growthTolerance = growthTolerance == null ? "" : growthTolerance.strip();
    }

    /** The range as typed; a minimum above the maximum gets a message. Call after Bean Validation. */
    PlausibleRange range(FormErrors errors) {
        BigDecimal min = decimal(plausibleMin, OPTIONAL_DECIMAL);
        BigDecimal max = decimal(plausibleMax, OPTIONAL_DECIMAL);
        if (min != null && max != null && min.compareTo(max) > 0) {
            errors.add("plausibleMax", "indicator.range.order");
        }
        return new PlausibleRange(min, max, decimal(growthTolerance, "\\d{1,4}(\\.\\d{1,2})?"));
    }

    private static BigDecimal decimal(String typed, String pattern) {
        return typed.isEmpty() || !typed.matches(pattern) ? null : new BigDecimal(typed);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /** The unit, or null with a message. */
    Unit unit(FormErrors errors) {
        if (unit.isEmpty()) {
            return null;
        }
        if (!Unit.isKnown(unit)) {
            errors.add("unit", "unit.unknown");
            return null;
        }
        Unit parsed = Unit.of(unit);
        IndicatorKind k = kind();
        if ((k == IndicatorKind.GROWTH_RATE || k == IndicatorKind.SHARE) && parsed.dimension() != Dimension.PERCENT) {
            errors.add("unit", "indicator.kind.percent");
        }
        return parsed;
    }

    IndicatorKind kind() {
        return kind.matches("LEVEL|GROWTH_RATE|SHARE|COUNT") ? IndicatorKind.valueOf(kind) : null;
    }

    /** The level this growth rate is of, checked: none, or a level or count other than the indicator itself. */
    Optional<Indicator> growthOf(java.util.function.Function<String, Optional<Indicator>> byCode, FormErrors errors) {
        if (growthOf.isEmpty()) {
            return Optional.empty();
        }
        if (kind() != IndicatorKind.GROWTH_RATE) {
            errors.add("growthOf", "indicator.growthOf.onlyGrowth");
            return Optional.empty();
        }
        Optional<Indicator> level = byCode.apply(growthOf);
        if (level.isEmpty()
                || level.get().getCode().equals(code)
                || level.get().getKind() == IndicatorKind.GROWTH_RATE
                || level.get().getKind() == IndicatorKind.SHARE) {
            errors.add("growthOf", "indicator.growthOf.notLevel");
            return Optional.empty();
        }
        return level;
    }
}
