package org.cityreports.extract.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * One line of the review record: a proposal of the extractor and what the editor did with it, or a
 * figure added by hand to a report that was extracted. The fields are named as the corpus scores
 * them: value (with its unit), kind, change, qualifier, rank, target (range and obligation).
 */
@Entity
@Table(name = "EXTRACTION_OUTCOME")
public class ExtractionOutcome {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "REPORT_ID", nullable = false)
    private long reportId;

    @Enumerated(EnumType.STRING)
    @Column(name = "OUTCOME", nullable = false, length = 12)
    private Outcome outcome;

    /** The fields the proposal stated, comma-separated; null for a figure the extractor missed. */
    @Column(name = "PROPOSED_FIELDS", length = 80)
    private String proposedFields;

    /** The fields the saved figure states; null for a proposal left out. */
    @Column(name = "FINAL_FIELDS", length = 80)
    private String finalFields;

    @Column(name = "CORRECTED_FIELDS", length = 80)
    private String correctedFields;

    @Column(name = "INDICATOR_CODE", length = 60)
    private String indicatorCode;

    @Column(name = "PROPOSED", length = 2000)
    private String proposed;

    @Column(name = "FINAL_STATE", length = 2000)
    private String finalState;

    /** "2026-12": the month, so that the record is counted over time by the database. */
    @Column(name = "RECORDED_MONTH", nullable = false, length = 7)
    private String recordedMonth;

    @Column(name = "RECORDED_AT", nullable = false)
    private LocalDateTime recordedAt;

    @Column(name = "RECORDED_BY", nullable = false, length = 40)
    private String recordedBy;

    protected ExtractionOutcome() {
        // for JPA
    }

    public ExtractionOutcome(
            long reportId,
            Outcome outcome,
            String proposedFields,
            String finalFields,
            String correctedFields,
            String indicatorCode,
            String proposed,
            String finalState,
            LocalDateTime recordedAt,
            String recordedBy) {
        this.reportId = reportId;
        this.outcome = outcome;
        this.proposedFields = proposedFields;
        this.finalFields = finalFields;
        this.correctedFields = correctedFields;
        this.indicatorCode = indicatorCode;
        this.proposed = proposed;
        this.finalState = finalState;
        this.recordedAt = recordedAt;
        this.recordedMonth = recordedAt.toString().substring(0, 7);
        this.recordedBy = recordedBy;
    }
}
