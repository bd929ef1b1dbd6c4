package org.cityreports.track.control;

import org.cityreports.city.entity.City;
import org.cityreports.indicator.entity.Indicator;
import org.cityreports.indicator.entity.IndicatorKind;
import org.cityreports.report.entity.Comparator;
import org.cityreports.report.entity.DocumentKind;
import org.cityreports.report.entity.Part;
import org.cityreports.report.entity.Report;
import org.cityreports.report.entity.Section;
import org.cityreports.report.entity.Target;
import org.cityreports.report.entity.TargetKind;
import org.cityreports.track.control.Progress.State;
import org.cityreports.unit.Unit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The progress rules, on the kinds of target Taiyuan's 2022 plan states. */
class TargetProgressTest {

    private static final City CITY = new City("taiyuan", "太原", "Taiyuan", "山西省");
    private static final Indicator RD_GROWTH = new Indicator(
            "rd-spending-growth", "研发经费投入增速", "R&D spending growth", Unit.of("%"), IndicatorKind.GROWTH_RATE);
    private static final Indicator GDP = new Indicator("gdp", "地区生产总值", "GDP", Unit.of("亿元"), IndicatorKind.LEVEL);
    private static final Indicator GDP_PER_CAPITA =
            new Indicator("gdp-per-capita-usd", "人均地区生产总值", "GDP per capita", Unit.of("美元"), IndicatorKind.LEVEL);
    private static final Indicator POPULATION =
            new Indicator("population", "常住人口", "Population", Unit.of("万人"), IndicatorKind.COUNT);
    private static final Indicator FLATS =
            new Indicator("talent-flats", "人才公寓", "Talent flats", Unit.of("套"), IndicatorKind.COUNT);

    @Test
    void yearlyGrowthIsOnTrackWhileEveryYearMeetsItAndMetWhenAllFiveDo() {
        Target rd = target(TargetKind.YEARLY_GROWTH, Comparator.AT_LEAST, "10", "%", RD_GROWTH);
        assertEquals(
                State.ON_TRACK,
                TargetProgress.of(rd, series(2022, "12", 2023, "10")).state());
        assertEquals(
                State.MET,
                TargetProgress.of(rd, series(2022, "12", 2023, "10", 2024, "11", 2025, "10.5", 2026, "13"))
                        .state());
        Progress missed = TargetProgress.of(rd, series(2022, "12", 2023, "9.9", 2024, "14"));
        assertEquals(State.BEHIND, missed.state());
        assertEquals(List.of("2023", "9.9", "%", "≥", "10"), missed.ruleArgs(), "names the year that missed it");
    }

    @Test
    void aGrowthOfTheYearBeforeTheStartDoesNotCount() {
        Target rd = target(TargetKind.YEARLY_GROWTH, Comparator.AT_LEAST, "10", "%", RD_GROWTH);
        Progress progress = TargetProgress.of(rd, series(2021, "5"));
        assertEquals(State.NO_DATA, progress.state());
        assertEquals("progress.rule.noFigures", progress.ruleKey());
    }

    @Test
    void aLevelIsOnTrackAlongTheEvenPathFromTheBaselineAndConvertsUnits() {
        // 经济总量向万亿元迈进: ≈ 1 万亿元 by 2026, from 5121.61 亿元 in 2021; a fifth of the way is 6097.29
        Target gdp = target(TargetKind.LEVEL, Comparator.ABOUT, "1", "万亿元", GDP);
        Progress onPace = TargetProgress.of(gdp, series(2021, "5121.61", 2022, "6100"));
        assertEquals(State.ON_TRACK, onPace.state());
        assertEquals("6097.29", onPace.ruleArgs().get(3), "the value the pace asks by 2022");
        assertEquals(
                State.BEHIND,
                TargetProgress.of(gdp, series(2021, "5121.61", 2022, "6000")).state());
        assertEquals(
                State.MET,
                TargetProgress.of(gdp, series(2021, "5121.61", 2025, "9600")).state(),
                "about: within 5 %");
        assertEquals(
                State.BEHIND,
                TargetProgress.of(gdp, series(2021, "5121.61", 2026, "9400")).state(),
                "missed in the end year");
        assertEquals(State.NO_DATA, TargetProgress.of(gdp, series(2022, "6100")).state(), "no baseline");
    }

    @Test
    void aLevelInAnotherScaleOfTheSameUnitIsMetExactly() {
        Target perCapita = target(TargetKind.LEVEL, Comparator.AT_LEAST, "2", "万美元", GDP_PER_CAPITA);
        assertEquals(
                State.MET, TargetProgress.of(perCapita, series(2023, "20000")).state());
        assertEquals(
                State.NO_DATA,
                TargetProgress.of(perCapita, series(2023, "19999.99")).state(),
                "not met, and no baseline to judge the pace");
    }

    @Test
    void aCumulativeIncreaseCountsFromTheBaseline() {
        Target population = target(TargetKind.CUMULATIVE_INCREASE, Comparator.AT_LEAST, "100", "万人", POPULATION);
        assertEquals(
                State.ON_TRACK,
                TargetProgress.of(population, series(2021, "539", 2023, "580")).state(),
                "41 of 100 after two of five years (40 asked)");
        assertEquals(
                State.BEHIND,
                TargetProgress.of(population, series(2021, "539", 2023, "570")).state());
        assertEquals(
                State.MET,
                TargetProgress.of(population, series(2021, "539", 2025, "640")).state());
    }

    @Test
    void aCountToDeliverAddsTheYearsUp() {
        Target flats = target(TargetKind.COUNT_TO_DELIVER, Comparator.AT_LEAST, "5000", "套", FLATS);
        assertEquals(
                State.BEHIND,
                TargetProgress.of(flats, series(2022, "800", 2023, "900")).state(),
                "1700 after two years, 2000 asked");
        assertEquals(
                State.ON_TRACK,
                TargetProgress.of(flats, series(2022, "1000", 2023, "1100")).state());
        assertEquals(
                State.MET,
                TargetProgress.of(flats, series(2022, "2500", 2023, "2600")).state());
    }

    @Test
    void withoutAnIndicatorOrInAUnitThatDoesNotConvertThereIsNoData() {
        Target unlinked = target(TargetKind.COUNT_TO_DELIVER, Comparator.AT_LEAST, "5000", "套", null);
        assertEquals(
                "progress.rule.noIndicator",
                TargetProgress.of(unlinked, series(2022, "800")).ruleKey());
        Target wrongUnit = target(TargetKind.LEVEL, Comparator.AT_LEAST, "2", "万美元", GDP);
        Progress progress = TargetProgress.of(wrongUnit, series(2022, "6000"));
        assertEquals(State.NO_DATA, progress.state());
        assertEquals("progress.rule.unitMismatch", progress.ruleKey());
    }

    @Test
    void aYearlyGrowthTargetOnALevelIndicatorIsNotMeasured() {
        Target wrongKind = target(
                TargetKind.YEARLY_GROWTH,
                Comparator.AT_LEAST,
                "6",
                "%",
                new Indicator("share", "比重", "Share", Unit.of("%"), IndicatorKind.SHARE));
        assertEquals(
                "progress.rule.notGrowth",
                TargetProgress.of(wrongKind, series(2022, "7")).ruleKey());
    }

    @Test
    void atMostIsMetFromBelow() {
        assertEquals(true, TargetProgress.meets(new BigDecimal("0.5"), Comparator.AT_MOST, new BigDecimal("1")));
        assertEquals(false, TargetProgress.meets(new BigDecimal("1.01"), Comparator.AT_MOST, new BigDecimal("1")));
    }

    /** A target of Taiyuan's 2022 report, 2022–2026. */
    private static Target target(
            TargetKind kind, Comparator comparator, String value, String unit, Indicator indicator) {
        Report report = new Report(CITY, 2022, DocumentKind.SUMMARY, "2022 年政府工作报告", null);
        Section plan = report.addSection(Part.PLAN, "今后五年", null);
        return plan.addTarget(Target.builder("目标", kind, comparator, new BigDecimal(value), Unit.of(unit), "原文。")
                .indicator(indicator)
                .years(2022, 2026));
    }

    /** Observations as year, value pairs, in the indicator's unit. */
    private static List<Observation> series(Object... yearsAndValues) {
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < yearsAndValues.length; i += 2) {
            observations.add(new Observation(
                    CITY, (Integer) yearsAndValues[i], new BigDecimal((String) yearsAndValues[i + 1]), null, false));
        }
        return observations;
    }
}
