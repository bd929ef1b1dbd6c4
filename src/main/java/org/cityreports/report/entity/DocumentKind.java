package org.cityreports.report.entity;

/** Which public version of the report the figures were transcribed from. */
public enum DocumentKind {
    FULL_TEXT,
    SUMMARY,
    INTERPRETATION
}
