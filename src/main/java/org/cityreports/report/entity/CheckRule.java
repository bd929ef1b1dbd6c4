package org.cityreports.report.entity;

/**
 * The checks that look at figures together, each catching a mistake transcription really makes.
 * Each answers with a warning, never a refusal: a report may state odd figures on purpose, and a
 * reviewer accepts such a warning with a reason before publishing.
 */
public enum CheckRule {
    /** The same indicator, or the same label in the same part, stated twice with two values. */
    TWO_VALUES,
    /** Shares of one whole, stated in one sentence, that add up to more than 100 %. */
    SHARES_OVER_WHOLE,
    /** A stated growth that the levels of this year and the year before do not give. */
    GROWTH_AGAINST_LEVELS,
    /** A five-year review's value of a year that the annual report of that year states otherwise. */
    OTHER_REPORT,
    /** 10×, 100×, 1000× or 10 000× away from what the city's own series expects: a likely unit slip. */
    SCALE,
    /**
     * A rate or share far from the city's own series or from the other cities that year: modified
     * z-score (median and median absolute deviation) above 3.5.
     */
    OUTLIER,
    /** Outside the plausible range the catalogue keeps for the indicator. */
    RANGE;

    /** The message key of the warning's text. */
    public String messageKey() {
        return "check." + name();
    }
}
