package org.cityreports.extract.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cityreports.extract.entity.Outcome;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Precision and recall of the extractor per field, overall, per indicator and per month, counted
 * from the review record. For a field: its precision is the share of proposals stating it that the
 * editor saved with it unchanged, among all proposals stating it (a proposal left out counts
 * against it); its recall is the same count over every saved figure stating it, those added by
 * hand included.
 */
@ApplicationScoped
public class ExtractionQuality {

    @PersistenceContext
    EntityManager em;

    /** The counts of one scope: how many rows per outcome, and per field proposed, right and saved. */
    public static final class Tally {
        private final Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        private final long[] proposed = new long[ScoredFields.NAMES.size()];
        private final long[] right = new long[ScoredFields.NAMES.size()];
        private final long[] saved = new long[ScoredFields.NAMES.size()];

        void add(Outcome outcome, Set<String> proposedFields, Set<String> savedFields, Set<String> corrected, long n) {
            outcomes.merge(outcome, n, Long::sum);
            for (int f = 0; f < ScoredFields.NAMES.size(); f++) {
                String field = ScoredFields.NAMES.get(f);
                if (outcome != Outcome.MISSED && proposedFields.contains(field)) {
                    proposed[f] += n;
                    if (outcome.saved() && !corrected.contains(field)) {
                        right[f] += n;
                    }
                }
                if (outcome.saved() && savedFields.contains(field)) {
                    saved[f] += n;
                }
            }
        }

        public long count(Outcome outcome) {
            return outcomes.getOrDefault(outcome, 0L);
        }

        public long accepted() {
            return count(Outcome.ACCEPTED);
        }

        public long corrected() {
            return count(Outcome.CORRECTED);
        }

        public long leftOut() {
            return count(Outcome.LEFT_OUT);
        }

        public long missed() {
            return count(Outcome.MISSED);
        }

        public long rows() {
            return outcomes.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Null when nothing was proposed with the field. */
        public Double precision(String field) {
            int f = ScoredFields.NAMES.indexOf(field);
            return proposed[f] == 0 ? null : (double) right[f] / proposed[f];
        }

        /** Null when no saved figure states the field. */
        public Double recall(String field) {
            int f = ScoredFields.NAMES.indexOf(field);
            return saved[f] == 0 ? null : (double) right[f] / saved[f];
        }

        public long proposed(String field) {
            return proposed[ScoredFields.NAMES.indexOf(field)];
        }

        public long right(String field) {
            return right[ScoredFields.NAMES.indexOf(field)];
        }

        public long saved(String field) {
            return saved[ScoredFields.NAMES.indexOf(field)];
        }
    }

    /** The whole record counted three ways. */
    public record Counts(Tally all, Map<String, Tally> byIndicator, Map<String, Tally> byMonth) {}

    /** An indicator's key in {@link Counts#byIndicator()} when the figure has none. */
    public static final String NO_INDICATOR = "";

    public Counts counts() {
        Tally all = new Tally();
        Map<String, Tally> byIndicator = new TreeMap<>();
        Map<String, Tally> byMonth = new TreeMap<>();
        List<Object[]> groups = em.createQuery(
                        "SELECT o.outcome, o.proposedFields, o.finalFields, o.correctedFields, o.indicatorCode,"
                                + " o.recordedMonth, COUNT(o) FROM ExtractionOutcome o GROUP BY o.outcome,"
                                + " o.proposedFields, o.finalFields, o.correctedFields, o.indicatorCode,"
                                + " o.recordedMonth",
                        Object[].class)
                .getResultList();
        for (Object[] g : groups) {
            Outcome outcome = (Outcome) g[0];
            Set<String> proposed = fields(g[1]);
            Set<String> saved = fields(g[2]);
            Set<String> corrected = fields(g[3]);
            String indicator = g[4] == null ? NO_INDICATOR : (String) g[4];
            long n = ((Number) g[6]).longValue();
            all.add(outcome, proposed, saved, corrected, n);
            byIndicator.computeIfAbsent(indicator, k -> new Tally()).add(outcome, proposed, saved, corrected, n);
            byMonth.computeIfAbsent((String) g[5], k -> new Tally()).add(outcome, proposed, saved, corrected, n);
        }
        return new Counts(all, byIndicator, byMonth);
    }

    private static Set<String> fields(Object list) {
        return list == null || ((String) list).isEmpty()
                ? Set.of()
                : Set.copyOf(Arrays.asList(((String) list).split(",")));
    }
}
