package org.cityreports.report.entity;

/** How a value over a multi-year period is formed. */
public enum Basis {
    /** 年均: the yearly average over the period. */
    YEARLY_AVERAGE,
    /** 累计: the total over the period. */
    CUMULATIVE
}
