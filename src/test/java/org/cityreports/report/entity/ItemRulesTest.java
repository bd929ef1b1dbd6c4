package org.cityreports.report.entity;

import org.cityreports.domain.FormErrors;
import org.cityreports.indicator.entity.Indicator;
import org.cityreports.indicator.entity.IndicatorKind;
import org.cityreports.unit.Unit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of a figure and a target, as every way in (form, CSV, extraction, archive) runs them. */
class ItemRulesTest {

    private static final Indicator GDP = new Indicator("gdp", "地区生产总值", "GDP", Unit.of("亿元"), IndicatorKind.LEVEL);

    @Test
    void aFigureThatKeepsEveryRuleHasNoErrors() {
        Figure.Builder gdp = figure("5121.61", "亿元")
                .change(new Change(new BigDecimal("9.2"), Unit.of("%"), Direction.UP))
                .period(2021, 2021)
                .rank(new Rank(3, "省会城市"))
                .indicator(GDP);
        assertTrue(gdp.check(new FormErrors()).isEmpty());
        // a fall of more than 100 % cannot be, a rise can
        assertTrue(figure("150", "%")
                .direction(Direction.UP)
                .check(new FormErrors())
                .isEmpty());
    }

    @Test
    void eachBrokenRuleIsNamedUnderTheFieldToCorrect() {
        assertEquals(Map.of("value", List.of("value.negative")), errors(figure("-1", "亿元")));
        assertEquals(Map.of("value", List.of("value.share.max")), errors(figure("120", "%")));
        assertEquals(
                Map.of("value", List.of("value.fall.max")),
                errors(figure("120", "%").direction(Direction.DOWN)));
        assertEquals(Map.of("value", List.of("value.count.whole")), errors(figure("1.5", "个")));
        assertEquals(
                Map.of("changeValue", List.of("value.fall.max")),
                errors(figure("10", "亿元").change(new Change(new BigDecimal("101"), Unit.of("%"), Direction.DOWN))));
        assertEquals(
                Map.of("periodEnd", List.of("figure.period.order")),
                errors(figure("1", "亿元").period(2022, 2021)));
        assertEquals(
                Map.of("rankPosition", List.of("figure.rankPosition.invalid")),
                errors(figure("1", "亿元").rank(new Rank(0, null))));
        assertEquals(
                Map.of("unit", List.of("indicator.unit.incompatible")),
                errors(figure("9.2", "%").indicator(GDP)));
    }

    @Test
    void aTargetKeepsItsBoundsByKindAndItsYearsInOrder() {
        assertTrue(target(TargetKind.YEARLY_GROWTH, "120", "%")
                .check(new FormErrors())
                .isEmpty());
        assertEquals(
                Map.of("value", List.of("value.share.max")),
                target(TargetKind.LEVEL, "120", "%").check(new FormErrors()).asMap());
        assertEquals(
                Map.of("endYear", List.of("target.years.order")),
                target(TargetKind.LEVEL, "1", "万亿元")
                        .years(2026, 2025)
                        .check(new FormErrors())
                        .asMap());
        assertTrue(Part.PLAN.holdsTargets());
        assertTrue(!Part.ANNUAL_REVIEW.holdsTargets() && !Part.FIVE_YEAR_REVIEW.holdsTargets());
    }

    @Test
    void aRangesUpperEndIsAboveItsLowerEndAndAPageCountsFromOne() {
        assertTrue(target(TargetKind.YEARLY_GROWTH, "5", "%")
                .high(new BigDecimal("5.5"))
                .obligation(Obligation.BINDING)
                .sourcePage(7)
                .check(new FormErrors())
                .isEmpty());
        assertEquals(
                Map.of("high", List.of("target.high.order")),
                target(TargetKind.YEARLY_GROWTH, "5", "%")
                        .high(new BigDecimal("5"))
                        .check(new FormErrors())
                        .asMap());
        assertEquals(
                Map.of("sourcePage", List.of("item.sourcePage.invalid")),
                errors(figure("5121.61", "亿元").sourcePage(0)));
    }

    private static Map<String, List<String>> errors(Figure.Builder figure) {
        return figure.check(new FormErrors()).asMap();
    }

    private static Figure.Builder figure(String value, String unit) {
        return Figure.builder("标签", new BigDecimal(value), Unit.of(unit), "原文。");
    }

    private static Target.Builder target(TargetKind kind, String value, String unit) {
        return Target.builder("标签", kind, Comparator.AT_LEAST, new BigDecimal(value), Unit.of(unit), "原文。");
    }
}
