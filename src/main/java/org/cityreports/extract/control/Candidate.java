package org.cityreports.extract.control;

import org.cityreports.report.entity.Basis;
import org.cityreports.report.entity.Comparator;
import org.cityreports.report.entity.Direction;
import org.cityreports.report.entity.Obligation;
import org.cityreports.report.entity.Part;
import org.cityreports.report.entity.Qualifier;
import org.cityreports.report.entity.TargetKind;

import java.math.BigDecimal;
import java.util.List;

/**
 * A figure (or, in the plan part, a target) the extractor found, pre-filled for the editor.
 *
 * @param sentence the index of its sentence in {@link ReportText#sentences()}
 * @param targetKind null for a figure; for a target also {@code comparator} and the years
 * @param high the upper end of a target stated as a range ("增长 5%—5.5%"), in {@code unit}
 * @param obligation whether the plan calls the target binding (约束性) or expected (预期性), if it says
 * @param page the page of the report's file the sentence starts on; null for text without pages
 * @param doubts where a rule guessed; none when every part was read from a clear cue
 */
public record Candidate(
        int sentence,
        Part part,
        String section,
        String label,
        BigDecimal value,
        String unit,
        Direction direction,
        BigDecimal changeValue,
        String changeUnit,
        Direction changeDirection,
        String comparedWith,
        Qualifier qualifier,
        Basis basis,
        Integer rankPosition,
        String rankScope,
        String indicator,
        String sourceSentence,
        TargetKind targetKind,
        Comparator comparator,
        Integer startYear,
        Integer endYear,
        BigDecimal high,
        Obligation obligation,
        Integer page,
        List<Doubt> doubts) {

    /** A part of the candidate a rule had to guess. */
    public enum Doubt {
        /** No words of its own before the number (or too many): the label was taken from elsewhere. */
        LABEL,
        /** The unit was not written: a bare 万 read as people. */
        UNIT,
        /** A change decided by a one-character cue (高, 快, 多). */
        KIND,
        /** A rank that is a figure of its own, not the rank of a figure before it. */
        RANK,
        /** A target whose plan years no heading or sentence gave. */
        YEARS
    }

    public boolean isTarget() {
        return targetKind != null;
    }
}
