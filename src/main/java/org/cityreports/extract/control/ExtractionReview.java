package org.cityreports.extract.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.cityreports.extract.entity.ExtractionOutcome;
import org.cityreports.extract.entity.Outcome;
import org.cityreports.report.control.ItemAddedByHand;
import org.cityreports.report.entity.Figure;
import org.cityreports.report.entity.ReportItem;
import org.cityreports.report.entity.Target;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The review record: what editors did with each proposal of the extractor (accepted as proposed,
 * corrected, left out) and which figures they added by hand to a report that was extracted. From it
 * {@link ExtractionQuality} counts how good the extractor is on the reports users actually enter.
 */
@ApplicationScoped
public class ExtractionReview {

    @PersistenceContext
    EntityManager em;

    /** A row the editor decided: what was proposed, and what was saved (null when left out). */
    public record Decided(ScoredFields proposed, ScoredFields saved) {}

    @Transactional
    public void record(long reportId, List<Decided> rows, String by) {
        LocalDateTime now = LocalDateTime.now();
        for (Decided row : rows) {
            if (row.proposed().isEmpty()) {
                continue; // a row posted without its proposal: nothing to learn from
            }
            Outcome outcome;
            String corrected = null;
            if (row.saved() == null) {
                outcome = Outcome.LEFT_OUT;
            } else {
                corrected = row.proposed().differing(row.saved());
                outcome = corrected.isEmpty() ? Outcome.ACCEPTED : Outcome.CORRECTED;
            }
            ScoredFields indicatorFrom = row.saved() != null ? row.saved() : row.proposed();
            em.persist(new ExtractionOutcome(
                    reportId,
                    outcome,
                    row.proposed().present(),
                    row.saved() == null ? null : row.saved().present(),
                    corrected,
                    indicatorFrom.indicator(),
                    row.proposed().json(),
                    row.saved() == null ? null : row.saved().json(),
                    now,
                    by));
        }
    }

    /** A figure added by hand to a report the extractor was run on is one it missed. */
    @Transactional
    public void onItemAddedByHand(@Observes ItemAddedByHand added) {
        Long extracted = em.createQuery(
                        "SELECT COUNT(o) FROM ExtractionOutcome o WHERE o.reportId = :report", Long.class)
                .setParameter("report", added.reportId())
                .getSingleResult();
        if (extracted == 0) {
            return;
        }
        ScoredFields saved = of(added.item());
        em.persist(new ExtractionOutcome(
                added.reportId(),
                Outcome.MISSED,
                null,
                saved.present(),
                null,
                saved.indicator(),
                null,
                saved.json(),
                LocalDateTime.now(),
                added.by()));
    }

    static ScoredFields of(ReportItem item) {
        String indicator =
                item.getIndicator() == null ? null : item.getIndicator().getCode();
        if (item instanceof Target t) {
            return ScoredFields.target(
                    plain(t.getValue()),
                    t.getUnit().symbol(),
                    t.getComparator().name(),
                    t.getHigh() == null ? null : plain(t.getHigh()),
                    t.getObligation() == null ? null : t.getObligation().name(),
                    indicator);
        }
        Figure f = (Figure) item;
        boolean changed = f.getChange() != null && f.getChange().getValue() != null;
        return ScoredFields.figure(
                plain(f.getValue()),
                f.getUnit().symbol(),
                f.getDirection() == null ? null : f.getDirection().name(),
                changed ? plain(f.getChange().getValue()) : null,
                changed ? f.getChange().getUnit().symbol() : null,
                changed ? f.getChange().getDirection().name() : null,
                f.getComparedWith(),
                f.getQualifier().name(),
                f.getRank() == null || f.getRank().getPosition() == null
                        ? null
                        : f.getRank().getPosition().toString(),
                indicator);
    }

    private static String plain(java.math.BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
