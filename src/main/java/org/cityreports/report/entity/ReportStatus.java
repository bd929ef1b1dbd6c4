package org.cityreports.report.entity;

/**
 * Where a revision of a report stands. Editors change a draft and submit it; a reviewer publishes
 * it or sends it back. Only published revisions are shown to the public, and publishing a newer
 * revision supersedes the one the public read before.
 */
public enum ReportStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    SUPERSEDED
}
