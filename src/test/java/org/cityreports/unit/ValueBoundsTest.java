package org.cityreports.unit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ValueBoundsTest {

    @ParameterizedTest(name = "{0} {1}, change {2}, fall {3} → {4}")
    @CsvSource({
        "5121.61, 亿元, false, false, ",
        "-3, 亿元, false, false, value.negative",
        "-1, %, true, true, value.negative",
        "100, %, false, false, ",
        "100.5, %, false, false, value.share.max",
        "150, %, true, false, ",
        "100.5, %, true, true, value.fall.max",
        "3, 人, false, false, ",
        "2.5, 人, false, false, value.count.whole",
        "2.50, 个, false, false, value.count.whole",
        "3.00, 家, false, false, ",
        "1.6, 万人, false, false, ",
        "0.5, 工作日, false, false, ",
        "1.6, 个百分点, true, false, ",
        "250, 个百分点, true, false, "
    })
    void refusesWhatCannotBeInItsUnit(String value, String unit, boolean isChange, boolean isFall, String expected) {
        assertEquals(
                Optional.ofNullable(expected),
                ValueBounds.problem(new BigDecimal(value), Unit.of(unit), isChange, isFall));
    }
}
