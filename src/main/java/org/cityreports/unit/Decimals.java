package org.cityreports.unit;

import java.math.BigDecimal;

/** Figure values as people write them: no trailing zeros a DECIMAL column adds, never an exponent. */
public final class Decimals {

    private Decimals() {}

    /** 5121.610000 → 5121.61, 1000 stays 1000 (not 1E+3). */
    public static BigDecimal normalize(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
