package org.cityreports.unit;

import java.util.Arrays;
import java.util.Optional;

/**
 * The units reports count in, before any 万/亿 scale. {@code scalable} units also appear as
 * 万X, 亿X and 万亿X (万户, 亿元); ratios and ranks never do.
 */
public enum BaseUnit {
    YUAN("元", Dimension.MONEY_CNY, true),
    US_DOLLAR("美元", Dimension.MONEY_USD, true),
    PERCENT("%", Dimension.PERCENT, false),
    PERCENTAGE_POINT("个百分点", Dimension.PERCENTAGE_POINTS, false),
    TIMES("倍", Dimension.MULTIPLE, false),
    RANK_PLACE("位", Dimension.RANK_PLACE, false),
    HOUSEHOLD("户", Dimension.HOUSEHOLDS, true),
    PERSON("人", Dimension.PEOPLE, true),
    PERSON_COUNTED("名", Dimension.PEOPLE, true),
    MU("亩", Dimension.LAND_AREA, true),
    SQUARE_KILOMETRE("平方公里", Dimension.AREA, true),
    JIN("斤", Dimension.MASS, true),
    TONNE("吨", Dimension.MASS, true, 2000),
    KILOMETRE("公里", Dimension.LENGTH, true),
    DAY("天", Dimension.DURATION_DAYS, false),
    YEAR("年", Dimension.DURATION_YEARS, false),
    WORKING_DAY("工作日", Dimension.WORKING_DAYS, false),
    VEHICLE("辆", Dimension.VEHICLES, true),
    PIECE("个", Dimension.ITEMS, true),
    ENTERPRISE("家", Dimension.ENTERPRISES, true),
    ITEM("项", Dimension.PROJECTS, true),
    SET("套", Dimension.HOUSING_UNITS, true),
    STRUCTURE("座", Dimension.STRUCTURES, true),
    INSTITUTION("所", Dimension.INSTITUTIONS, true),
    CASE("件", Dimension.CASES, true),
    PARCEL("宗", Dimension.PARCELS, true),
    SITE("处", Dimension.SITES, true),
    BED("张", Dimension.BEDS, true),
    VISIT("人次", Dimension.VISITS, true),
    ROUTE("条", Dimension.ROUTES, true),
    CONTAINER("标准箱", Dimension.CONTAINERS, true),
    KILOWATT("千瓦", Dimension.POWER, true),
    CONCENTRATION("微克/立方米", Dimension.CONCENTRATION, false);

    private final String symbol;
    private final Dimension dimension;
    private final boolean scalable;
    /** How many of its dimension's smallest unit one of it is: a 吨 is 2000 斤. */
    private final int factor;

    BaseUnit(String symbol, Dimension dimension, boolean scalable) {
        this(symbol, dimension, scalable, 1);
    }

    BaseUnit(String symbol, Dimension dimension, boolean scalable, int factor) {
        this.symbol = symbol;
        this.dimension = dimension;
        this.scalable = scalable;
        this.factor = factor;
    }

    public String symbol() {
        return symbol;
    }

    public Dimension dimension() {
        return dimension;
    }

    public boolean scalable() {
        return scalable;
    }

    int factor() {
        return factor;
    }

    public static Optional<BaseUnit> bySymbol(String symbol) {
        return Arrays.stream(values()).filter(u -> u.symbol.equals(symbol)).findFirst();
    }
}
