package org.cityreports.extract.control;

import org.cityreports.report.entity.Basis;
import org.cityreports.report.entity.Comparator;
import org.cityreports.report.entity.Direction;
import org.cityreports.report.entity.Part;
import org.cityreports.report.entity.Qualifier;
import org.cityreports.report.entity.TargetKind;

import java.math.BigDecimal;

/**
 * A figure (or, in the plan part, a target) the extractor found, pre-filled for the editor.
 *
 * @param sentence the index of its sentence in {@link ReportText#sentences()}
 * @param targetKind null for a figure; for a target also {@code comparator} and the years
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
        Integer endYear) {

    public boolean isTarget() {
        return targetKind != null;
    }
}
