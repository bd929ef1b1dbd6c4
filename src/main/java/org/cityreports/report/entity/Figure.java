package org.cityreports.report.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cityreports.audit.entity.AuditedType;
import org.cityreports.domain.FormErrors;
import org.cityreports.indicator.entity.Indicator;
import org.cityreports.unit.Unit;
import org.cityreports.unit.ValueBounds;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One quantitative statement of a report: "社会消费品零售总额实现 1873.9 亿元、增长 13.2%" is the
 * figure 1873.9 亿元 with the change +13.2 %. When the statement itself is a change ("能耗下降
 * 10.9%"), the value is the change and {@link #getDirection()} says which way it went.
 */
@Entity
@Table(name = "FIGURE")
@AttributeOverride(name = "value", column = @Column(name = "FIGURE_VALUE", nullable = false, precision = 24, scale = 8))
public class Figure extends ReportItem {

    /** Set when the value is itself a change (增长 9.2%, 下降 10.9%). */
    @Enumerated(EnumType.STRING)
    @Column(name = "DIRECTION", length = 8)
    private Direction direction;

    @Valid
    @Embedded
    private Change change;

    /** What the value or change is compared with: 同比, 2016年, 传统产业. */
    @Size(max = 60)
    @Column(name = "COMPARED_WITH", length = 60)
    private String comparedWith;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "QUALIFIER", nullable = false, length = 12)
    private Qualifier qualifier = Qualifier.EXACT;

    @Min(Report.FIRST_YEAR)
    @Max(Report.LAST_YEAR)
    @Column(name = "PERIOD_START", nullable = false)
    private int periodStart;

    @Min(Report.FIRST_YEAR)
    @Max(Report.LAST_YEAR)
    @Column(name = "PERIOD_END", nullable = false)
    private int periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "BASIS", length = 16)
    private Basis basis;

    @Valid
    @Embedded
    private Rank rank;

    /** Shown at the top of the report and on the home page. */
    @Column(name = "HEADLINE", nullable = false)
    private boolean headline;

    protected Figure() {
        // for JPA
    }

    @AssertTrue(message = "{figure.period.order}")
    boolean isPeriodInOrder() {
        return periodStart <= periodEnd;
    }

    /** Takes every field from what staff entered; the section and the place in it stay. */
    public void edit(Builder edited) {
        Figure source = edited.build(getSection(), getPosition());
        editShared(source);
        direction = source.direction;
        change = source.change;
        comparedWith = source.comparedWith;
        qualifier = source.qualifier;
        periodStart = source.periodStart;
        periodEnd = source.periodEnd;
        basis = source.basis;
        rank = source.rank;
        headline = source.headline;
    }

    Figure copyInto(Section other) {
        Builder copy = builder(getLabel(), getValue(), getUnit(), getSourceSentence())
                .direction(direction)
                .change(change)
                .comparedWith(comparedWith)
                .qualifier(qualifier)
                .period(periodStart, periodEnd)
                .basis(basis)
                .rank(rank)
                .indicator(getIndicator())
                .headline(headline)
                .sourcePage(getSourcePage());
        return copy.build(other, getPosition());
    }

    @Override
    public AuditedType auditedType() {
        return AuditedType.FIGURE;
    }

    @Override
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("label", getLabel());
        fields.put("value", getValue().toPlainString());
        fields.put("unit", getUnit().symbol());
        fields.put("direction", direction == null ? null : direction.name());
        fields.put(
                "changeValue",
                change == null || change.getValue() == null
                        ? null
                        : change.getValue().toPlainString());
        fields.put(
                "changeUnit",
                change == null || change.getUnit() == null
                        ? null
                        : change.getUnit().symbol());
        fields.put(
                "changeDirection",
                change == null || change.getDirection() == null
                        ? null
                        : change.getDirection().name());
        fields.put("comparedWith", comparedWith);
        fields.put("qualifier", qualifier.name());
        fields.put("periodStart", String.valueOf(periodStart));
        fields.put("periodEnd", String.valueOf(periodEnd));
        fields.put("basis", basis == null ? null : basis.name());
        fields.put(
                "rankPosition",
                rank == null || rank.getPosition() == null
                        ? null
                        : rank.getPosition().toString());
        fields.put("rankScope", rank == null ? null : rank.getScope());
        fields.put("indicator", getIndicator() == null ? null : getIndicator().getCode());
        fields.put("sourceSentence", getSourceSentence());
        fields.put(
                "sourcePage", getSourcePage() == null ? null : getSourcePage().toString());
        fields.put("headline", String.valueOf(headline));
        return fields;
    }

    public Direction getDirection() {
        return direction;
    }

    public Change getChange() {
        return change;
    }

    public String getComparedWith() {
        return comparedWith;
    }

    public Qualifier getQualifier() {
        return qualifier;
    }

    public int getPeriodStart() {
        return periodStart;
    }

    public int getPeriodEnd() {
        return periodEnd;
    }

    public Basis getBasis() {
        return basis;
    }

    public Rank getRank() {
        return rank;
    }

    public boolean isHeadline() {
        return headline;
    }

    public static Builder builder(String label, BigDecimal value, Unit unit, String sourceSentence) {
        return new Builder(label, value, unit, sourceSentence);
    }

    /** Collects a figure's many optional parts; the section it is added to completes it. */
    public static final class Builder {
        private final Figure figure = new Figure();
        private Integer periodStart;
        private Integer periodEnd;

        private Builder(String label, BigDecimal value, Unit unit, String sourceSentence) {
            figure.describe(label, value, unit, sourceSentence);
        }

        public Builder direction(Direction direction) {
            figure.direction = direction;
            return this;
        }

        public Builder sourcePage(Integer page) {
            figure.onPage(page);
            return this;
        }

        public Builder change(Change change) {
            figure.change = change;
            return this;
        }

        public Builder comparedWith(String comparedWith) {
            figure.comparedWith = comparedWith;
            return this;
        }

        public Builder qualifier(Qualifier qualifier) {
            figure.qualifier = Objects.requireNonNullElse(qualifier, Qualifier.EXACT);
            return this;
        }

        public Builder period(int start, int end) {
            this.periodStart = start;
            this.periodEnd = end;
            return this;
        }

        public Builder basis(Basis basis) {
            figure.basis = basis;
            return this;
        }

        public Builder rank(Rank rank) {
            figure.rank = rank;
            return this;
        }

        public Builder indicator(Indicator indicator) {
            figure.link(indicator);
            return this;
        }

        public Builder headline(boolean headline) {
            figure.headline = headline;
            return this;
        }

        /**
         * The rules of a figure, whichever way it comes in (form, CSV import, extraction, archive
         * import): adds each one broken to {@code errors} under the form field to correct. Parts
         * not given yet (null) are not checked; the way in says what is missing.
         */
        public FormErrors check(FormErrors errors) {
            BigDecimal value = figure.getValue();
            Unit unit = figure.getUnit();
            if (value != null && unit != null) {
                ValueBounds.problem(value, unit, figure.direction != null, figure.direction == Direction.DOWN)
                        .ifPresent(key -> errors.add("value", key));
            }
            Change change = figure.change;
            if (change != null && change.getValue() != null && change.getUnit() != null) {
                ValueBounds.problem(change.getValue(), change.getUnit(), true, change.getDirection() == Direction.DOWN)
                        .ifPresent(key -> errors.add("changeValue", key));
            }
            if (periodStart != null && periodEnd != null && periodStart > periodEnd) {
                errors.add("periodEnd", "figure.period.order");
            }
            if (figure.rank != null && figure.rank.getPosition() != null && figure.rank.getPosition() < 1) {
                errors.add("rankPosition", "figure.rankPosition.invalid");
            }
            ReportItem.checkUnitOfIndicator(unit, figure.getIndicator(), errors);
            ReportItem.checkPage(figure.getSourcePage(), errors);
            return errors;
        }

        Figure build(Section section, int position) {
            figure.place(section, position);
            figure.periodStart = periodStart != null ? periodStart : section.defaultPeriodStart();
            figure.periodEnd = periodEnd != null ? periodEnd : section.defaultPeriodEnd();
            return figure;
        }
    }
}
