package org.cityreports.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One line of the audit log: who did what to which entity, and for a change of a field its old
 * and new value. Entries are only ever inserted: no column is updatable and nothing in the
 * application deletes them.
 */
@Entity
@Table(name = "AUDIT_ENTRY")
@NamedQuery(
        name = AuditEntry.OF_REPORT,
        query = "SELECT a FROM AuditEntry a WHERE a.reportId = :report ORDER BY a.id DESC")
@NamedQuery(
        name = AuditEntry.OF_ENTITY,
        query = "SELECT a FROM AuditEntry a WHERE a.entityType = :type AND a.entityId = :id ORDER BY a.id DESC")
@NamedQuery(name = AuditEntry.OF_ACTOR, query = "SELECT a FROM AuditEntry a WHERE a.actor = :actor ORDER BY a.id DESC")
public class AuditEntry {

    public static final String OF_REPORT = "AuditEntry.ofReport";
    public static final String OF_ENTITY = "AuditEntry.ofEntity";
    public static final String OF_ACTOR = "AuditEntry.ofActor";

    /** The longest name an entry keeps of whoever acted (a failed sign-in may type anything). */
    public static final int ACTOR_LENGTH = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** UTC; JPA 3.1 maps LocalDateTime but not Instant. */
    @Column(name = "RECORDED_AT", nullable = false, updatable = false)
    private LocalDateTime recordedAt;

    @Column(name = "ACTOR", nullable = false, updatable = false, length = ACTOR_LENGTH)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACTION", nullable = false, updatable = false, length = 20)
    private AuditAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "ENTITY_TYPE", nullable = false, updatable = false, length = 20)
    private AuditedType entityType;

    @Column(name = "ENTITY_ID", updatable = false)
    private Long entityId;

    /** The report the entity belongs to, so that a report's history is one query. */
    @Column(name = "REPORT_ID", updatable = false)
    private Long reportId;

    @Column(name = "FIELD", updatable = false, length = 40)
    private String field;

    @Lob
    @Column(name = "OLD_VALUE", updatable = false)
    private String oldValue;

    @Lob
    @Column(name = "NEW_VALUE", updatable = false)
    private String newValue;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(
            String actor,
            AuditAction action,
            AuditedType entityType,
            Long entityId,
            Long reportId,
            String field,
            String oldValue,
            String newValue) {
        this.recordedAt = LocalDateTime.now(ZoneOffset.UTC);
        this.actor = actor.length() > ACTOR_LENGTH ? actor.substring(0, ACTOR_LENGTH) : actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.reportId = reportId;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public AuditedType getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public Long getReportId() {
        return reportId;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
