package org.cityreports.audit.entity;

/** The kinds of things the audit log speaks of. */
public enum AuditedType {
    REPORT,
    SECTION,
    FIGURE,
    TARGET,
    ACCOUNT,
    BACKUP,
    /** all data of the instance at once */
    DATA
}
