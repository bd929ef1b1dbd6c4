package org.cityreports.indicator.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cityreports.unit.Unit;

import java.util.Locale;
import java.util.Objects;

/**
 * What a figure measures, shared across cities and years (GDP, retail sales, …), with the one
 * canonical unit in which figures of it are compared. A growth-rate indicator may name the level
 * it is the growth of: reports state "GDP growth" either as a figure of its own or as the change
 * beside the GDP figure, and both count.
 */
// INDICATOR is a reserved word in Derby.
@Entity
@Cacheable
@Table(name = "STAT_INDICATOR", uniqueConstraints = @UniqueConstraint(name = "UQ_INDICATOR_CODE", columnNames = "CODE"))
@NamedQuery(name = Indicator.ALL, query = "SELECT i FROM Indicator i ORDER BY i.code")
public class Indicator {

    public static final String ALL = "Indicator.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[a-z0-9][a-z0-9-]*")
    @Column(name = "CODE", nullable = false, length = 40)
    private String code;

    @NotBlank
    @Size(max = 80)
    @Column(name = "NAME_ZH", nullable = false, length = 80)
    private String nameZh;

    @NotBlank
    @Size(max = 120)
    @Column(name = "NAME_EN", nullable = false, length = 120)
    private String nameEn;

    @NotNull
    @Column(name = "UNIT", nullable = false, length = 16)
    private Unit unit;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 16)
    private IndicatorKind kind = IndicatorKind.LEVEL;

    @ManyToOne
    @JoinColumn(name = "GROWTH_OF_ID")
    private Indicator growthOf;

    @Embedded
    private PlausibleRange plausibleRange = PlausibleRange.none();

    // edits by two admins at once: the second is refused, not silently merged
    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected Indicator() {
        // for JPA
    }

    public Indicator(String code, String nameZh, String nameEn, Unit unit, IndicatorKind kind) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.unit = unit;
        this.kind = kind;
    }

    /** The code never changes: addresses and downloads name it. */
    public void edit(String nameZh, String nameEn, Unit unit, IndicatorKind kind, Indicator growthOf) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.unit = unit;
        this.kind = kind;
        this.growthOf = kind == IndicatorKind.GROWTH_RATE ? growthOf : null;
    }

    /** What a figure of this indicator is expected to be; the checks flag what is not. */
    public void expect(PlausibleRange range) {
        this.plausibleRange = range;
    }

    /** Never null: an indicator without expectations has an empty range. */
    public PlausibleRange getPlausibleRange() {
        return plausibleRange == null ? PlausibleRange.none() : plausibleRange;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public Unit getUnit() {
        return unit;
    }

    public long getVersion() {
        return version;
    }

    public IndicatorKind getKind() {
        return kind;
    }

    /** The level this is the growth rate of, or null. */
    public Indicator getGrowthOf() {
        return growthOf;
    }

    /** The name in the page's language. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Indicator other && Objects.equals(code, other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
