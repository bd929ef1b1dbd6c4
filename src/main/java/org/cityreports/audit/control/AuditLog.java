package org.cityreports.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.cityreports.audit.entity.AuditAction;
import org.cityreports.audit.entity.AuditEntry;
import org.cityreports.audit.entity.AuditedType;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes the audit log. Changes are recorded inside the caller's transaction
 * ({@code MANDATORY}), so a change and its entry are stored together or not at all.
 */
@ApplicationScoped
public class AuditLog {

    private static final int PAGE = 500;

    @PersistenceContext
    EntityManager em;

    /** One entry for each field the new entity has a value in. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void created(String actor, AuditedType type, Long id, Long reportId, Map<String, String> fields) {
        fields.forEach((field, value) -> {
            if (value != null) {
                em.persist(new AuditEntry(actor, AuditAction.CREATE, type, id, reportId, field, null, value));
            }
        });
    }

    /** One entry for each field whose value changed; nothing when nothing did. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(
            String actor,
            AuditedType type,
            long id,
            Long reportId,
            Map<String, String> before,
            Map<String, String> after) {
        after.forEach((field, value) -> {
            String old = before.get(field);
            if (!Objects.equals(old, value)) {
                em.persist(new AuditEntry(actor, AuditAction.UPDATE, type, id, reportId, field, old, value));
            }
        });
    }

    /** What the entity held when it was deleted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deleted(String actor, AuditedType type, long id, Long reportId, Map<String, String> before) {
        before.forEach((field, value) -> {
            if (value != null) {
                em.persist(new AuditEntry(actor, AuditAction.DELETE, type, id, reportId, field, value, null));
            }
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void statusChanged(String actor, long reportId, String from, String to, String comment) {
        em.persist(
                new AuditEntry(actor, AuditAction.STATUS, AuditedType.REPORT, reportId, reportId, "status", from, to));
        if (comment != null) {
            em.persist(new AuditEntry(
                    actor, AuditAction.STATUS, AuditedType.REPORT, reportId, reportId, "reviewComment", null, comment));
        }
    }

    /** An act on all data (export, import), one entry per table with its row count. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void standalone(String actor, AuditAction action, Map<String, String> fields) {
        fields.forEach((field, value) ->
                em.persist(new AuditEntry(actor, action, AuditedType.DATA, null, null, field, null, value)));
    }

    /** A sign-in, kept whether or not the sign-in itself goes on. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void signIn(String username, boolean succeeded, String address) {
        em.persist(new AuditEntry(
                username.isEmpty() ? "-" : username,
                succeeded ? AuditAction.LOGIN : AuditAction.LOGIN_FAILED,
                AuditedType.ACCOUNT,
                null,
                null,
                "address",
                null,
                address));
    }

    /** The newest entries first. */
    public List<AuditEntry> ofReport(long reportId) {
        return em.createNamedQuery(AuditEntry.OF_REPORT, AuditEntry.class)
                .setParameter("report", reportId)
                .setMaxResults(PAGE)
                .getResultList();
    }

    /** The newest entry of each of these reports, by report id; reports without entries are absent. */
    public Map<Long, AuditEntry> lastChanges(Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return Map.of();
        }
        List<Long> newest = em.createQuery(
                        "SELECT MAX(a.id) FROM AuditEntry a WHERE a.reportId IN :reports" + " GROUP BY a.reportId",
                        Long.class)
                .setParameter("reports", reportIds)
                .getResultList();
        if (newest.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.id IN :ids", AuditEntry.class)
                .setParameter("ids", newest)
                .getResultStream()
                .collect(Collectors.toMap(AuditEntry::getReportId, entry -> entry));
    }

    public List<AuditEntry> of(AuditedType type, long id) {
        return em.createNamedQuery(AuditEntry.OF_ENTITY, AuditEntry.class)
                .setParameter("type", type)
                .setParameter("id", id)
                .setMaxResults(PAGE)
                .getResultList();
    }

    public List<AuditEntry> byActor(String actor) {
        return em.createNamedQuery(AuditEntry.OF_ACTOR, AuditEntry.class)
                .setParameter("actor", actor)
                .setMaxResults(PAGE)
                .getResultList();
    }
}
