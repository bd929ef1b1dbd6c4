package org.cityreports.report.entity;

/** The three parts of a work report, in the order reports present them. */
public enum Part {
    /** 2021 年工作回顾: the past calendar year. */
    ANNUAL_REVIEW,
    /** 过去五年工作回顾: the outgoing government's term. */
    FIVE_YEAR_REVIEW,
    /** 今后五年工作目标任务 / 2022 年工作安排: goals and targets. */
    PLAN;

    /** Targets belong to the plan part alone: the reviews state what happened. */
    public boolean holdsTargets() {
        return this == PLAN;
    }
}
