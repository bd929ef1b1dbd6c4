package org.cityreports.unit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnitTest {

    @ParameterizedTest
    @CsvSource({
        "元, YUAN, 0",
        "万元, YUAN, 4",
        "亿元, YUAN, 8",
        "万亿元, YUAN, 12",
        "亿美元, US_DOLLAR, 8",
        "万户, HOUSEHOLD, 4",
        "亿斤, JIN, 8",
        "万亩, MU, 4",
        "%, PERCENT, 0",
        "个百分点, PERCENTAGE_POINT, 0",
        "倍, TIMES, 0",
        "平方公里, SQUARE_KILOMETRE, 0",
        "万人次, VISIT, 4",
        "万标准箱, CONTAINER, 4",
        "万千瓦, KILOWATT, 4",
        "张, BED, 0",
        "条, ROUTE, 0",
        "微克/立方米, CONCENTRATION, 0"
    })
    void unitsAreReadAsABaseUnitWithADecimalScale(String symbol, BaseUnit base, int exponent) {
        Unit unit = Unit.of(symbol);
        assertEquals(base, unit.base());
        assertEquals(exponent, unit.exponent());
        assertEquals(symbol, unit.symbol());
    }

    @Test
    void conversionBetweenScalesIsExact() {
        BigDecimal gdp = new BigDecimal("5121.61");
        assertEquals(
                new BigDecimal("0.512161"),
                Unit.of("亿元").convert(gdp, Unit.of("万亿元")).stripTrailingZeros());
        assertEquals(0, new BigDecimal("512161000000").compareTo(Unit.of("亿元").convert(gdp, Unit.of("元"))));
        assertEquals(
                0, new BigDecimal("645600").compareTo(Unit.of("万户").convert(new BigDecimal("64.56"), Unit.of("户"))));
    }

    @Test
    void tonnesAndJinConvertByTheirRatioNotByTheirScaleAlone() {
        assertEquals(0, new BigDecimal("3000").compareTo(Unit.of("万吨").convert(new BigDecimal("1.5"), Unit.of("万斤"))));
        assertEquals(0, new BigDecimal("685").compareTo(Unit.of("亿斤").convert(new BigDecimal("137"), Unit.of("万吨"))));
    }

    @Test
    void muAndSquareKilometresAreNotConvertedSinceNoDecimalScaleJoinsThem() {
        assertFalse(Unit.of("万亩").isConvertibleTo(Unit.of("平方公里")));
    }

    @Test
    void unitsOfDifferentDimensionsAreNotConverted() {
        assertFalse(Unit.of("亿元").isConvertibleTo(Unit.of("亿美元")));
        assertThrows(IncompatibleUnitsException.class, () -> Unit.of("%").convert(BigDecimal.ONE, Unit.of("个百分点")));
    }

    @Test
    void peopleCountedAsPersonsOrByHeadAreTheSameDimension() {
        assertTrue(Unit.of("万名").isConvertibleTo(Unit.of("人")));
        assertEquals(0, new BigDecimal("16000").compareTo(Unit.of("万名").convert(new BigDecimal("1.6"), Unit.of("人"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "斤斤", "万%", "亿倍", "公斤", "万位"})
    void unknownOrUnscalableUnitsAreRefused(String symbol) {
        assertThrows(UnknownUnitException.class, () -> Unit.of(symbol));
        assertFalse(Unit.isKnown(symbol));
    }

    @Test
    void decimalsLoseTrailingZerosButNeverTurnIntoExponents() {
        assertEquals(
                "5121.61", Decimals.normalize(new BigDecimal("5121.61000000")).toString());
        assertEquals("1000", Decimals.normalize(new BigDecimal("1000.00000000")).toString());
        assertEquals("0.5", Decimals.normalize(new BigDecimal("0.50000000")).toString());
    }
}
