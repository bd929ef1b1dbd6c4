package org.cityreports.report.entity;

/** Only published reports are shown to the public. */
public enum ReportStatus {
    DRAFT, IN_REVIEW, PUBLISHED
}
