package org.cityreports.report.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.cityreports.audit.entity.AuditedType;
import org.cityreports.domain.FormErrors;
import org.cityreports.indicator.entity.Indicator;
import org.cityreports.unit.Decimals;
import org.cityreports.unit.Unit;
import org.cityreports.unit.ValueBounds;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** A commitment of the plan part: "研发经费投入年均增长 10% 以上" is ≥ 10 % a year, 2022–2026. */
@Entity
@Table(name = "TARGET")
@AttributeOverride(name = "value", column = @Column(name = "TARGET_VALUE", nullable = false, precision = 24, scale = 8))
public class Target extends ReportItem {

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 24)
    private TargetKind kind;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "COMPARATOR", nullable = false, length = 12)
    private Comparator comparator;

    /** The upper end of a target stated as a range; the value is its lower end. */
    @Column(name = "HIGH_VALUE", precision = 24, scale = 8)
    private BigDecimal high;

    @Enumerated(EnumType.STRING)
    @Column(name = "OBLIGATION", length = 12)
    private Obligation obligation;

    @Min(Report.FIRST_YEAR)
    @Max(Report.LAST_YEAR)
    @Column(name = "START_YEAR", nullable = false)
    private int startYear;

    @Min(Report.FIRST_YEAR)
    @Max(Report.LAST_YEAR)
    @Column(name = "END_YEAR", nullable = false)
    private int endYear;

    protected Target() {
        // for JPA
    }

    @AssertTrue(message = "{target.years.order}")
    boolean isYearsInOrder() {
        return startYear <= endYear;
    }

    /** Takes every field from what staff entered; the section and the place in it stay. */
    public void edit(Builder edited) {
        Target source = edited.build(getSection(), getPosition());
        editShared(source);
        kind = source.kind;
        comparator = source.comparator;
        high = source.high;
        obligation = source.obligation;
        startYear = source.startYear;
        endYear = source.endYear;
    }

    Target copyInto(Section other) {
        return builder(getLabel(), kind, comparator, getValue(), getUnit(), getSourceSentence())
                .indicator(getIndicator())
                .years(startYear, endYear)
                .high(high)
                .obligation(obligation)
                .sourcePage(getSourcePage())
                .build(other, getPosition());
    }

    @Override
    public AuditedType auditedType() {
        return AuditedType.TARGET;
    }

    @Override
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("label", getLabel());
        fields.put("kind", kind.name());
        fields.put("comparator", comparator.name());
        fields.put("value", getValue().toPlainString());
        fields.put("high", high == null ? null : getHigh().toPlainString());
        fields.put("unit", getUnit().symbol());
        fields.put("obligation", obligation == null ? null : obligation.name());
        fields.put("startYear", String.valueOf(startYear));
        fields.put("endYear", String.valueOf(endYear));
        fields.put("indicator", getIndicator() == null ? null : getIndicator().getCode());
        fields.put("sourceSentence", getSourceSentence());
        fields.put(
                "sourcePage", getSourcePage() == null ? null : getSourcePage().toString());
        return fields;
    }

    public TargetKind getKind() {
        return kind;
    }

    public Comparator getComparator() {
        return comparator;
    }

    /** The upper end of a range ("5%—5.5%"), or null. */
    public BigDecimal getHigh() {
        return Decimals.normalize(high);
    }

    public Obligation getObligation() {
        return obligation;
    }

    public int getStartYear() {
        return startYear;
    }

    public int getEndYear() {
        return endYear;
    }

    public static Builder builder(
            String label, TargetKind kind, Comparator comparator, BigDecimal value, Unit unit, String sourceSentence) {
        return new Builder(label, kind, comparator, value, unit, sourceSentence);
    }

    /** A target's parts; the plan section it is added to supplies the default years. */
    public static final class Builder {
        private final Target target = new Target();
        private Integer startYear;
        private Integer endYear;

        private Builder(
                String label,
                TargetKind kind,
                Comparator comparator,
                BigDecimal value,
                Unit unit,
                String sourceSentence) {
            target.describe(label, value, unit, sourceSentence);
            target.kind = kind;
            target.comparator = comparator;
        }

        public Builder indicator(Indicator indicator) {
            target.link(indicator);
            return this;
        }

        public Builder high(BigDecimal high) {
            target.high = high;
            return this;
        }

        public Builder obligation(Obligation obligation) {
            target.obligation = obligation;
            return this;
        }

        public Builder sourcePage(Integer page) {
            target.onPage(page);
            return this;
        }

        public Builder years(int start, int end) {
            this.startYear = start;
            this.endYear = end;
            return this;
        }

        /**
         * The rules of a target, whichever way it comes in: adds each one broken to {@code errors}
         * under the form field to correct. Parts not given (null) are not checked. That a target
         * belongs to the plan part is its section's rule ({@link Part#holdsTargets()}).
         */
        public FormErrors check(FormErrors errors) {
            BigDecimal value = target.getValue();
            Unit unit = target.getUnit();
            if (value != null && unit != null && target.kind != null) {
                ValueBounds.problem(value, unit, target.kind.isChange(), false)
                        .ifPresent(key -> errors.add("value", key));
            }
            if (startYear != null && endYear != null && startYear > endYear) {
                errors.add("endYear", "target.years.order");
            }
            if (target.high != null && value != null && target.high.compareTo(value) <= 0) {
                errors.add("high", "target.high.order");
            }
            ReportItem.checkUnitOfIndicator(unit, target.getIndicator(), errors);
            ReportItem.checkPage(target.getSourcePage(), errors);
            return errors;
        }

        Target build(Section section, int position) {
            target.place(section, position);
            target.startYear = startYear != null ? startYear : section.defaultPeriodStart();
            target.endYear = endYear != null ? endYear : section.defaultPeriodEnd();
            return target;
        }
    }
}
