package org.cityreports.unit;

/** What a unit measures; only quantities of one dimension can be converted into each other. */
public enum Dimension {
    MONEY_CNY, MONEY_USD, PERCENT, PERCENTAGE_POINTS, MULTIPLE, RANK_PLACE,
    HOUSEHOLDS, PEOPLE, AREA, MASS, LENGTH, DURATION_DAYS, DURATION_YEARS, WORKING_DAYS,
    VEHICLES, ITEMS, ENTERPRISES, PROJECTS, HOUSING_UNITS, STRUCTURES, INSTITUTIONS, CASES, PARCELS, SITES
}
