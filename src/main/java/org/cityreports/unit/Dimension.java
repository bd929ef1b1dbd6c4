package org.cityreports.unit;

/** What a unit measures; only quantities of one dimension can be converted into each other. */
public enum Dimension {
    MONEY_CNY,
    MONEY_USD,
    PERCENT,
    PERCENTAGE_POINTS,
    MULTIPLE,
    RANK_PLACE,
    HOUSEHOLDS,
    PEOPLE,
    AREA,
    MASS,
    LENGTH,
    DURATION_DAYS,
    DURATION_YEARS,
    WORKING_DAYS,
    VEHICLES,
    ITEMS,
    ENTERPRISES,
    PROJECTS,
    HOUSING_UNITS,
    STRUCTURES,
    INSTITUTIONS,
    CASES,
    PARCELS,
    SITES;

    private static final java.util.Set<Dimension> COUNTS = java.util.EnumSet.of(
            RANK_PLACE,
            HOUSEHOLDS,
            PEOPLE,
            VEHICLES,
            ITEMS,
            ENTERPRISES,
            PROJECTS,
            HOUSING_UNITS,
            STRUCTURES,
            INSTITUTIONS,
            CASES,
            PARCELS,
            SITES);

    /** Things counted one by one: 3 人, never 2.5 人 (but 1.6 万人 is fine). */
    public boolean isCount() {
        return COUNTS.contains(this);
    }
}
