package org.cityreports.track.control;

import org.cityreports.city.entity.City;
import org.cityreports.indicator.entity.Indicator;
import org.cityreports.indicator.entity.IndicatorKind;
import org.cityreports.report.entity.Basis;
import org.cityreports.report.entity.Change;
import org.cityreports.report.entity.Direction;
import org.cityreports.report.entity.DocumentKind;
import org.cityreports.report.entity.Figure;
import org.cityreports.report.entity.Part;
import org.cityreports.report.entity.Report;
import org.cityreports.report.entity.Section;
import org.cityreports.unit.Unit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which published figures make an indicator's series, and in which unit and sign. */
class IndicatorSeriesTest {

    private static final City TAIYUAN = new City("taiyuan", "太原", "Taiyuan", "山西省");
    private static final City CHANGZHI = new City("changzhi", "长治", "Changzhi", "山西省");
    private static final Indicator GDP = new Indicator("gdp", "地区生产总值", "GDP", Unit.of("亿元"), IndicatorKind.LEVEL);
    private static final Indicator GDP_GROWTH = growthOf(GDP);

    @Test
    void growthStatedAsAFigureOrAsTheChangeBesideTheLevelCountsAlike() {
        Section taiyuan = section(TAIYUAN, 2022, Part.ANNUAL_REVIEW);
        Figure own = taiyuan.addFigure(Figure.builder("实际增速", new BigDecimal("9.2"), Unit.of("%"), "实际增速 9.2%")
                .direction(Direction.UP)
                .indicator(GDP_GROWTH));
        Section changzhi = section(CHANGZHI, 2022, Part.ANNUAL_REVIEW);
        Figure level =
                changzhi.addFigure(Figure.builder("地区生产总值", new BigDecimal("2311"), Unit.of("亿元"), "达到2311亿元 增长11%")
                        .change(new Change(new BigDecimal("11"), Unit.of("%"), Direction.UP))
                        .indicator(GDP));

        List<Observation> growth = IndicatorSeries.choose(GDP_GROWTH, List.of(own, level));
        assertEquals(List.of("changzhi 2021 11 true", "taiyuan 2021 9.2 false"), describe(growth));
        assertEquals(
                List.of("changzhi 2021 2311 false"),
                describe(IndicatorSeries.choose(GDP, List.of(own, level))),
                "the level's series has the level only");
    }

    @Test
    void valuesAreConvertedToTheIndicatorsUnitAndFallsAreNegative() {
        Indicator pm25 = new Indicator("pm25-change", "PM2.5 浓度变化", "PM2.5", Unit.of("%"), IndicatorKind.GROWTH_RATE);
        Figure fall = section(CHANGZHI, 2022, Part.ANNUAL_REVIEW)
                .addFigure(Figure.builder("PM2.5 浓度", new BigDecimal("25.5"), Unit.of("%"), "下降25.5%")
                        .direction(Direction.DOWN)
                        .indicator(pm25));
        assertEquals(List.of("changzhi 2021 -25.5 false"), describe(IndicatorSeries.choose(pm25, List.of(fall))));

        Figure trillion = section(TAIYUAN, 2027, Part.ANNUAL_REVIEW)
                .addFigure(Figure.builder("地区生产总值", new BigDecimal("1.02"), Unit.of("万亿元"), "突破1.02万亿元")
                        .indicator(GDP));
        assertEquals(List.of("taiyuan 2026 10200 false"), describe(IndicatorSeries.choose(GDP, List.of(trillion))));
    }

    @Test
    void averagesOverSeveralYearsAndChangesAgainstAnOlderYearAreLeftOut() {
        Section fiveYears = section(TAIYUAN, 2022, Part.FIVE_YEAR_REVIEW);
        Figure average = fiveYears.addFigure(Figure.builder("地区生产总值年均增长", new BigDecimal("7"), Unit.of("%"), "年均增长7%")
                .direction(Direction.UP)
                .period(2017, 2021)
                .basis(Basis.YEARLY_AVERAGE)
                .indicator(GDP_GROWTH));
        Figure sinceOlder = section(CHANGZHI, 2022, Part.ANNUAL_REVIEW)
                .addFigure(Figure.builder("地区生产总值", new BigDecimal("2311"), Unit.of("亿元"), "比2016年翻一番")
                        .comparedWith("2016年")
                        .change(new Change(new BigDecimal("2"), Unit.of("倍"), Direction.UP))
                        .indicator(GDP));
        Figure levelAtTheEnd =
                fiveYears.addFigure(Figure.builder("地区生产总值", new BigDecimal("5121.61"), Unit.of("亿元"), "五年后达到5121.61亿元")
                        .period(2017, 2021)
                        .indicator(GDP));
        assertEquals(List.of(), describe(IndicatorSeries.choose(GDP_GROWTH, List.of(average, sinceOlder))));
        assertEquals(
                List.of("taiyuan 2021 5121.61 false"),
                describe(IndicatorSeries.choose(GDP, List.of(levelAtTheEnd))),
                "a level reached by the period's end");
    }

    @Test
    void theNewerReportWinsForTheSameCityAndYear() {
        Figure first = section(TAIYUAN, 2022, Part.ANNUAL_REVIEW)
                .addFigure(Figure.builder("地区生产总值", new BigDecimal("5121.61"), Unit.of("亿元"), "初步核算")
                        .indicator(GDP));
        Figure restated = section(TAIYUAN, 2023, Part.FIVE_YEAR_REVIEW)
                .addFigure(Figure.builder("地区生产总值", new BigDecimal("5121.5"), Unit.of("亿元"), "最终核实")
                        .period(2021, 2021)
                        .indicator(GDP));
        assertEquals(
                List.of("taiyuan 2021 5121.5 false"), describe(IndicatorSeries.choose(GDP, List.of(first, restated))));
        assertEquals(
                List.of("taiyuan 2021 5121.5 false"), describe(IndicatorSeries.choose(GDP, List.of(restated, first))));
    }

    private static Indicator growthOf(Indicator level) {
        Indicator growth =
                new Indicator("gdp-growth", "地区生产总值实际增速", "Real GDP growth", Unit.of("%"), IndicatorKind.GROWTH_RATE);
        growth.edit(growth.getNameZh(), growth.getNameEn(), growth.getUnit(), IndicatorKind.GROWTH_RATE, level);
        return growth;
    }

    private static Section section(City city, int year, Part part) {
        return new Report(city, year, DocumentKind.FULL_TEXT, year + " 年政府工作报告", null).addSection(part, "回顾", null);
    }

    private static List<String> describe(List<Observation> observations) {
        return observations.stream()
                .map(o -> o.city().getSlug() + " " + o.year() + " " + o.value().toPlainString() + " " + o.fromChange())
                .toList();
    }
}
