package org.cityreports.indicator.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.cityreports.unit.Decimals;

import java.math.BigDecimal;

/**
 * What admins expect of an indicator's figures, kept in the catalogue (as DHIS2 keeps min–max
 * values): the range in which a value is plausible, in the indicator's unit, and how many
 * percentage points a stated growth may differ from the growth its two levels give (reports state
 * real growth, levels are nominal). Any part may be empty.
 */
@Embeddable
public class PlausibleRange {

    /** Percentage points, when the catalogue names none: real and nominal growth differ by about this. */
    public static final BigDecimal DEFAULT_GROWTH_TOLERANCE = new BigDecimal("3");

    @Column(name = "PLAUSIBLE_MIN", precision = 24, scale = 8)
    private BigDecimal min;

    @Column(name = "PLAUSIBLE_MAX", precision = 24, scale = 8)
    private BigDecimal max;

    @Column(name = "GROWTH_TOLERANCE", precision = 8, scale = 2)
    private BigDecimal growthTolerance;

    protected PlausibleRange() {
        // for JPA
    }

    public PlausibleRange(BigDecimal min, BigDecimal max, BigDecimal growthTolerance) {
        this.min = min;
        this.max = max;
        this.growthTolerance = growthTolerance;
    }

    public static PlausibleRange none() {
        return new PlausibleRange(null, null, null);
    }

    /** Whether a value in the indicator's unit lies outside the range (never, when there is none). */
    public boolean excludes(BigDecimal value) {
        return (min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0);
    }

    public BigDecimal getMin() {
        return Decimals.normalize(min);
    }

    public BigDecimal getMax() {
        return Decimals.normalize(max);
    }

    /** As the catalogue names it, or null. */
    public BigDecimal getGrowthTolerance() {
        return Decimals.normalize(growthTolerance);
    }

    /** As the checks use it: the catalogue's, or the default. */
    public BigDecimal growthToleranceOrDefault() {
        return growthTolerance == null ? DEFAULT_GROWTH_TOLERANCE : growthTolerance;
    }
}
