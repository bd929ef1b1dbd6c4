package org.cityreports.extract.control;

import org.cityreports.report.entity.Basis;
import org.cityreports.report.entity.Direction;
import org.cityreports.report.entity.Qualifier;

import java.math.BigDecimal;

/** A quantity of one sentence while the rules decide its role; becomes a {@link Candidate}. */
final class Quantity {
    final int start;
    final int end;
    final BigDecimal value;
    String unit;
    String label;
    Direction direction;
    Quantity change;
    /** The upper end of a range ("5%—5.5%"), in this quantity's unit. */
    BigDecimal high;

    String comparedWith;
    Qualifier qualifier = Qualifier.EXACT;
    Basis basis;
    Integer rankPosition;
    String rankScope;
    /** Text between the previous quantity (or the clause start) and this one. */
    String prefix = "";

    boolean absorbed;
    /** Where a rule guessed: the editor should look at this one. */
    final java.util.Set<Candidate.Doubt> doubts = java.util.EnumSet.noneOf(Candidate.Doubt.class);

    Quantity(int start, int end, BigDecimal value, String unit) {
        this.start = start;
        this.end = end;
        this.value = value;
        this.unit = unit;
    }

    boolean isRate() {
        return unit.equals("%") || unit.equals("个百分点");
    }
}
