package org.cityreports.audit.entity;

/** What happened to the entity an audit entry speaks of. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    STATUS,
    LOGIN,
    LOGIN_FAILED,
    /** all data downloaded, or filled in from such a file */
    EXPORT,
    IMPORT
}
