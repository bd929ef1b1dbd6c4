package org.cityreports.unit;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a value may be in its unit, beyond being a decimal. Reports state falls as a word (下降
 * 10.9%) with a positive number, so no value is negative; a share is at most 100 %, and a count
 * in units of one is whole. Answers with the message key that tells staff what is wrong.
 */
public final class ValueBounds {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ValueBounds() {}

    /**
     * @param isChange whether the value is a change (增长/下降 …) rather than a level or share
     * @param isFall   whether that change is a fall, which cannot exceed 100 %
     */
    public static Optional<String> problem(BigDecimal value, Unit unit, boolean isChange, boolean isFall) {
        if (value.signum() < 0) {
            return Optional.of("value.negative");
        }
        if (unit.dimension() == Dimension.PERCENT && value.compareTo(HUNDRED) > 0 && (!isChange || isFall)) {
            return Optional.of(isChange ? "value.fall.max" : "value.share.max");
        }
        if (unit.dimension().isCount()
                && unit.exponent() == 0
                && value.stripTrailingZeros().scale() > 0) {
            return Optional.of("value.count.whole");
        }
        return Optional.empty();
    }
}
