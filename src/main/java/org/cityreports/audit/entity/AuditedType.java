package org.cityreports.audit.entity;

/** The kinds of things the audit log speaks of. */
public enum AuditedType {
    REPORT,
    SECTION,
    FIGURE,
    TARGET,
    /** a reviewer's acceptance of a warning on a figure */
    CHECK,
    ACCOUNT,
    BACKUP,
    /** all data of the instance at once */
    DATA
}
