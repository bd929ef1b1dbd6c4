package org.cityreports.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A reviewer's word that a warning on a figure is no mistake, and why. It holds for the warning as
 * the reviewer saw it (its fingerprint: the rule and the numbers): when the figure changes, the
 * warning is open again.
 */
@Entity
@Table(name = "CHECK_ACCEPTANCE")
public class CheckAcceptance {

    public static final int REASON_LIMIT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "REPORT_ID", nullable = false)
    private Report report;

    @ManyToOne(optional = false)
    @JoinColumn(name = "FIGURE_ID", nullable = false)
    private Figure figure;

    @Enumerated(EnumType.STRING)
    @Column(name = "RULE_CODE", nullable = false, length = 24)
    private CheckRule rule;

    @Column(name = "FINGERPRINT", nullable = false, length = 400)
    private String fingerprint;

    @NotBlank
    @Size(max = REASON_LIMIT)
    @Column(name = "REASON", nullable = false, length = REASON_LIMIT)
    private String reason;

    @Column(name = "ACCEPTED_BY", nullable = false, length = 40)
    private String acceptedBy;

    @Column(name = "ACCEPTED_AT", nullable = false)
    private LocalDateTime acceptedAt;

    protected CheckAcceptance() {
        // for JPA
    }

    public CheckAcceptance(
            Figure figure, CheckRule rule, String fingerprint, String reason, String acceptedBy, LocalDateTime at) {
        this.report = figure.getSection().getReport();
        this.figure = figure;
        this.rule = rule;
        this.fingerprint = fingerprint;
        this.reason = reason;
        this.acceptedBy = acceptedBy;
        this.acceptedAt = at;
    }

    /** Whether this accepts that very warning: its rule, on its figure, with its numbers. */
    public boolean accepts(CheckRule rule, Figure figure, String fingerprint) {
        return this.rule == rule && this.figure.getId().equals(figure.getId()) && this.fingerprint.equals(fingerprint);
    }

    /** As the audit log records it. */
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("figure", String.valueOf(figure.getId()));
        fields.put("rule", rule.name());
        fields.put("checked", fingerprint);
        fields.put("reason", reason);
        return fields;
    }

    public Long getId() {
        return id;
    }

    public Figure getFigure() {
        return figure;
    }

    public CheckRule getRule() {
        return rule;
    }

    public String getReason() {
        return reason;
    }

    public String getAcceptedBy() {
        return acceptedBy;
    }

    public LocalDateTime getAcceptedAt() {
        return acceptedAt;
    }
}
