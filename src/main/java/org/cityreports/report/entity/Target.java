package org.cityreports.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cityreports.indicator.entity.Indicator;
import org.cityreports.unit.Decimals;
import org.cityreports.unit.Unit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** A commitment of the plan part: "研发经费投入年均增长 10% 以上" is ≥ 10 % a year, 2022–2026. */
@Entity
@Table(name = "TARGET")
public class Target {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "SECTION_ID", nullable = false)
    private Section section;

    @Min(0)
    @Column(name = "POSITION", nullable = false)
    private int position;

    @NotBlank
    @Size(max = 200)
    @Column(name = "LABEL", nullable = false, length = 200)
    private String label;

    @ManyToOne
    @JoinColumn(name = "INDICATOR_ID")
    private Indicator indicator;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 24)
    private TargetKind kind;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "COMPARATOR", nullable = false, length = 12)
    private Comparator comparator;

    @NotNull
    @Column(name = "TARGET_VALUE", nullable = false, precision = 24, scale = 8)
    private BigDecimal value;

    @NotNull
    @Column(name = "UNIT", nullable = false, length = 16)
    private Unit unit;

    @Min(Report.FIRST_YEAR)
    @Max(Report.LAST_YEAR)
    @Column(name = "START_YEAR", nullable = false)
    private int startYear;

    @Min(Report.FIRST_YEAR)
    @Max(Report.LAST_YEAR)
    @Column(name = "END_YEAR", nullable = false)
    private int endYear;

    @NotBlank
    @Size(max = 1000)
    @Column(name = "SOURCE_SENTENCE", nullable = false, length = 1000)
    private String sourceSentence;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Target() {
        // for JPA
    }

    @AssertTrue(message = "{target.years.order}")
    boolean isYearsInOrder() {
        return startYear <= endYear;
    }

    /** Takes every field from what staff entered; the section and the place in it stay. */
    public void edit(Builder edited) {
        Target source = edited.build(section, position);
        label = source.label;
        indicator = source.indicator;
        kind = source.kind;
        comparator = source.comparator;
        value = source.value;
        unit = source.unit;
        startYear = source.startYear;
        endYear = source.endYear;
        sourceSentence = source.sourceSentence;
    }

    Target copyInto(Section other) {
        return builder(label, kind, comparator, value, unit, sourceSentence).indicator(indicator)
                .years(startYear, endYear).build(other, position);
    }

    /** The target as the audit log records it, field by field. */
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("label", label);
        fields.put("kind", kind.name());
        fields.put("comparator", comparator.name());
        fields.put("value", getValue().toPlainString());
        fields.put("unit", unit.symbol());
        fields.put("startYear", String.valueOf(startYear));
        fields.put("endYear", String.valueOf(endYear));
        fields.put("indicator", indicator == null ? null : indicator.getCode());
        fields.put("sourceSentence", sourceSentence);
        return fields;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public Section getSection() {
        return section;
    }

    public int getPosition() {
        return position;
    }

    public String getLabel() {
        return label;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public TargetKind getKind() {
        return kind;
    }

    public Comparator getComparator() {
        return comparator;
    }

    public BigDecimal getValue() {
        return Decimals.normalize(value);
    }

    public Unit getUnit() {
        return unit;
    }

    public int getStartYear() {
        return startYear;
    }

    public int getEndYear() {
        return endYear;
    }

    public String getSourceSentence() {
        return sourceSentence;
    }

    public static Builder builder(String label, TargetKind kind, Comparator comparator, BigDecimal value, Unit unit,
                                  String sourceSentence) {
        return new Builder(label, kind, comparator, value, unit, sourceSentence);
    }

    /** A target's parts; the plan section it is added to supplies the default years. */
    public static final class Builder {
        private final Target target = new Target();
        private Integer startYear;
        private Integer endYear;

        private Builder(String label, TargetKind kind, Comparator comparator, BigDecimal value, Unit unit,
                        String sourceSentence) {
            target.label = label;
            target.kind = kind;
            target.comparator = comparator;
            target.value = value;
            target.unit = unit;
            target.sourceSentence = sourceSentence;
        }

        public Builder indicator(Indicator indicator) {
            target.indicator = indicator;
            return this;
        }

        public Builder years(int start, int end) {
            this.startYear = start;
            this.endYear = end;
            return this;
        }

        Target build(Section section, int position) {
            target.section = section;
            target.position = position;
            target.startYear = startYear != null ? startYear : section.defaultPeriodStart();
            target.endYear = endYear != null ? endYear : section.defaultPeriodEnd();
            return target;
        }
    }
}
