package org.cityreports.indicator.entity;

/** What sort of quantity an indicator is: it decides how figures of it are read and compared. */
public enum IndicatorKind {
    /** An amount at a time: GDP 5121.61 亿元. */
    LEVEL,
    /** A rate of change in %, signed by its direction: real GDP growth 9.2 %, PM2.5 down 25.5 %. */
    GROWTH_RATE,
    /** A part of a whole in %: green coverage 44.77 %. */
    SHARE,
    /** Things counted: 64.56 万户 market entities. */
    COUNT
}
