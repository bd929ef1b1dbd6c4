package org.cityreports.report.entity;

/** What a plan target commits to. */
public enum TargetKind {
    /** A level to reach by the end year (GDP 万亿元). */
    LEVEL,
    /** A growth rate to keep every year (研发经费年均增长 10% 以上). */
    YEARLY_GROWTH,
    /** An increase over the whole period (人口再增加 100 万). */
    CUMULATIVE_INCREASE,
    /** A number of things to deliver (5000 套人才公寓). */
    COUNT_TO_DELIVER;

    /** Whether the value is a change (a rate or an increase), which may exceed 100 %. */
    public boolean isChange() {
        return this == YEARLY_GROWTH || this == CUMULATIVE_INCREASE;
    }
}
