package org.cityreports.report.entity;

/** Whether a plan's target binds the government (约束性) or states what it expects (预期性). */
public enum Obligation {
    BINDING,
    EXPECTED
}
