package org.cityreports.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cityreports.audit.entity.AuditedType;
import org.cityreports.domain.FormErrors;
import org.cityreports.indicator.entity.Indicator;
import org.cityreports.unit.Decimals;
import org.cityreports.unit.Unit;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a figure and a target share: a labelled value with its unit and the sentence of the report
 * it came from, at a place in a section, maybe linked to an indicator, versioned against lost
 * updates. Each entity names its own value column ({@code FIGURE_VALUE}, {@code TARGET_VALUE}).
 */
@MappedSuperclass
public abstract class ReportItem {

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

    @NotNull
    @Column(name = "ITEM_VALUE", nullable = false, precision = 24, scale = 8)
    private BigDecimal value;

    @NotNull
    @Column(name = "UNIT", nullable = false, length = 16)
    private Unit unit;

    @NotBlank
    @Size(max = 1000)
    @Column(name = "SOURCE_SENTENCE", nullable = false, length = 1000)
    private String sourceSentence;

    /** The page of the report's file the sentence is on; null for text pasted without pages. */
    @Column(name = "SOURCE_PAGE")
    private Integer sourcePage;

    @ManyToOne
    @JoinColumn(name = "INDICATOR_ID")
    private Indicator indicator;

    /**
     * The section's and the indicator's ids as stored, for queries that read thousands of items
     * without joining their tables (the checks').
     */
    @Column(name = "SECTION_ID", insertable = false, updatable = false)
    private Long sectionId;

    @Column(name = "INDICATOR_ID", insertable = false, updatable = false)
    private Long indicatorId;

    @Version
    @Column(name = "VERSION")
    private long version;

    /** How the audit log names this kind of item. */
    public abstract AuditedType auditedType();

    /** The item as the audit log records it, field by field. */
    public abstract Map<String, String> snapshot();

    /** The parts every builder starts with. */
    final void describe(String label, BigDecimal value, Unit unit, String sourceSentence) {
        this.label = label;
        this.value = value;
        this.unit = unit;
        this.sourceSentence = sourceSentence;
    }

    /** A figure or target in a unit that does not convert to its indicator's cannot be compared. */
    static void checkUnitOfIndicator(Unit unit, Indicator indicator, FormErrors errors) {
        if (unit != null && indicator != null && !unit.isConvertibleTo(indicator.getUnit())) {
            errors.add("unit", "indicator.unit.incompatible");
        }
    }

    /** A page is counted from 1, as a PDF viewer shows it. */
    static void checkPage(Integer page, FormErrors errors) {
        if (page != null && page < 1) {
            errors.add("sourcePage", "item.sourcePage.invalid");
        }
    }

    final void onPage(Integer page) {
        this.sourcePage = page;
    }

    final void link(Indicator indicator) {
        this.indicator = indicator;
    }

    /** Where a builder puts the item it built. */
    final void place(Section section, int position) {
        this.section = section;
        this.position = position;
    }

    /** Takes the shared fields of what staff entered; the section and the place in it stay. */
    final void editShared(ReportItem source) {
        label = source.label;
        value = source.value;
        unit = source.unit;
        sourceSentence = source.sourceSentence;
        sourcePage = source.sourcePage;
        indicator = source.indicator;
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

    public BigDecimal getValue() {
        return Decimals.normalize(value);
    }

    public Unit getUnit() {
        return unit;
    }

    public String getSourceSentence() {
        return sourceSentence;
    }

    public Integer getSourcePage() {
        return sourcePage;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public long getVersion() {
        return version;
    }
}
