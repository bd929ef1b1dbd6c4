package org.cityreports.extract.control;

import org.cityreports.report.entity.Basis;
import org.cityreports.report.entity.Comparator;
import org.cityreports.report.entity.Direction;
import org.cityreports.report.entity.Obligation;
import org.cityreports.report.entity.Part;
import org.cityreports.report.entity.Qualifier;
import org.cityreports.report.entity.TargetKind;

import java.math.BigDecimal;

/**
 * A figure (or, in the plan part, a target) the extractor found, pre-filled for the editor.
 *
 * @param sentence the index of its sentence in {@link ReportText#sentences()}
 * @param targetKind null for a figure; for a target also {@code comparator} and the years
 * @param high the upper end of a target stated as a range ("增长 5%—5.5%"), in {@code unit}
 * @param obligation whether the plan calls the target binding (约束性) or expected (预期性), if it says
 * @param page the page of the report's file the sentence starts on; null for text without pages
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
        Integer page) {

    public boolean isTarget() {
        return targetKind != null;
    }
}
