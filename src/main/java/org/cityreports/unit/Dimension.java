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
    /** 亩 apart from 平方公里: 1 平方公里 is 1500 亩, which no decimal scale converts exactly. */
    LAND_AREA,
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
    SITES,
    BEDS,
    VISITS,
    ROUTES,
    CONTAINERS,
    POWER,
    CONCENTRATION;

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
            SITES,
            BEDS,
            VISITS,
            ROUTES,
            CONTAINERS);

    /** Things counted one by one: 3 人, never 2.5 人 (but 1.6 万人 is fine). */
    public boolean isCount() {
        return COUNTS.contains(this);
    }
}
