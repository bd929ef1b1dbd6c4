package org.cityreports.report.control;

import org.cityreports.city.entity.City;
import org.cityreports.indicator.entity.Indicator;
import org.cityreports.indicator.entity.IndicatorKind;
import org.cityreports.indicator.entity.PlausibleRange;
import org.cityreports.report.entity.Change;
import org.cityreports.report.entity.CheckRule;
import org.cityreports.report.entity.Direction;
import org.cityreports.report.entity.DocumentKind;
import org.cityreports.report.entity.Figure;
import org.cityreports.report.entity.Part;
import org.cityreports.report.entity.Report;
import org.cityreports.report.entity.Section;
import org.cityreports.unit.Unit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each check across figures, fed a report that breaks it and one that does not. */
class FigureCheckRulesTest {

    private static final City TAIYUAN = new City("taiyuan", "太原", "Taiyuan", "山西省");
    private static final Indicator GDP = new Indicator("gdp", "地区生产总值", "GDP", Unit.of("亿元"), IndicatorKind.LEVEL);
    private static final Indicator GDP_GROWTH = growthOf(GDP);

    @Test
    void theSameFigureWithTwoValuesIsFlaggedButNotTheSameValueRoundedOrAnotherPeriod() {
        Report report = report(TAIYUAN, 2022);
        Section annual = report.addSection(Part.ANNUAL_REVIEW, "回顾", null);
        annual.addFigure(gdp("5121.61"));
        Figure slip = annual.addFigure(gdp("512.161"));
        List<Warning> found = run(report);
        assertEquals(1, found.size());
        assertEquals(CheckRule.TWO_VALUES, found.get(0).rule());
        assertEquals(slip, found.get(0).figure());
        assertEquals(List.of("512.161 亿元", "5121.61 亿元", "地区生产总值"), found.get(0).numbers());

        Report unlinked = report(TAIYUAN, 2022);
        Section typed = unlinked.addSection(Part.ANNUAL_REVIEW, "回顾", null);
        typed.addFigure(gdp("5121.61"));
        typed.addFigure(Figure.builder("地区生产总值", new BigDecimal("512.161"), Unit.of("亿元"), "512.161亿元"));
        assertEquals(List.of(CheckRule.TWO_VALUES), rules(run(unlinked)), "the same label, one of them not linked");

        Report fine = report(TAIYUAN, 2022);
        Section again = fine.addSection(Part.ANNUAL_REVIEW, "回顾", null);
        again.addFigure(gdp("5121.61"));
        again.addFigure(gdp("5121.6"));
        again.addFigure(gdp("4000").period(2016, 2016));
        assertEquals(List.of(), run(fine));
    }

    @Test
    void sharesOfOneWholeInOneSentenceMayNotExceedAHundred() {
        String sentence = "三次产业占比分别为5%、45%、60%。";
        Report report = report(TAIYUAN, 2022);
        Section annual = report.addSection(Part.ANNUAL_REVIEW, "回顾", null);
        annual.addFigure(share("第一产业占比", "5", sentence));
        annual.addFigure(share("第二产业占比", "45", sentence));
        annual.addFigure(share("第三产业占比", "60", sentence));
        annual.addFigure(share("森林覆盖率", "40", sentence)); // no part of the whole
        List<Warning> found = run(report);
        assertEquals(List.of(CheckRule.SHARES_OVER_WHOLE), rules(found));
        assertEquals("110 %", found.get(0).numbers().get(0));

        Report fine = report(TAIYUAN, 2022);
        Section other = fine.addSection(Part.ANNUAL_REVIEW, "回顾", null);
        other.addFigure(share("第一产业占比", "5", sentence));
        other.addFigure(share("第二产业占比", "45", sentence));
        other.addFigure(share("第三产业占比", "50", sentence));
        assertEquals(List.of(), run(fine));
    }

    @Test
    void aStatedGrowthFarFromTheOneTheLevelsGiveIsFlaggedWithBothNumbers() {
        List<Figure> history = List.of(annualLevel(2021, "4690")); // the level of 2020
        Report report = report(TAIYUAN, 2022);
        Section annual = report.addSection(Part.ANNUAL_REVIEW, "回顾", null);
        annual.addFigure(gdp("5121.61").change(new Change(new BigDecimal("9.2"), Unit.of("%"), Direction.UP)));
        assertEquals(List.of(), run(report, history, List.of()), "5121.61 / 4690 − 1 = 9.2 %");

        Report wrong = report(TAIYUAN, 2022);
        Section wrongAnnual = wrong.addSection(Part.ANNUAL_REVIEW, "回顾", null);
        wrongAnnual.addFigure(gdp("5121.61").change(new Change(new BigDecimal("19.2"), Unit.of("%"), Direction.UP)));
        List<Warning> found = run(wrong, history, List.of());
        assertEquals(List.of(CheckRule.GROWTH_AGAINST_LEVELS), rules(found));
        assertEquals(List.of("19.2 %", "9.2 %", "4690 亿元", "2020"), found.get(0).numbers());

        // an indicator whose catalogue entry allows 12 percentage points takes the same figure
        Indicator tolerant = new Indicator("gdp", "地区生产总值", "GDP", Unit.of("亿元"), IndicatorKind.LEVEL);
        tolerant.expect(new PlausibleRange(null, null, new BigDecimal("12")));
        Report lenient = report(TAIYUAN, 2022);
        lenient.addSection(Part.ANNUAL_REVIEW, "回顾", null)
                .addFigure(gdp("5121.61")
                        .change(new Change(new BigDecimal("19.2"), Unit.of("%"), Direction.UP))
                        .indicator(tolerant));
        assertEquals(List.of(), run(lenient, history, List.of()), "10 points apart, 12 allowed");

        // the growth stated as a figure of its own, its indicator naming the level
        Report own = report(TAIYUAN, 2022);
        Section ownAnnual = own.addSection(Part.ANNUAL_REVIEW, "回顾", null);
        ownAnnual.addFigure(gdp("5121.61"));
        ownAnnual.addFigure(Figure.builder("地区生产总值增速", new BigDecimal("2"), Unit.of("%"), "增长2%")
                .direction(Direction.DOWN)
                .indicator(GDP_GROWTH));
        assertEquals(List.of(CheckRule.GROWTH_AGAINST_LEVELS), rules(run(own, history, List.of())));
    }

    @Test
    void aFiveYearReviewDisagreeingWithTheAnnualReportOfThatYearIsFlagged() {
        List<Figure> history = List.of(annualLevel(2022, "5121.61"));
        for (String value : List.of("5121.61", "5221.61")) {
            Report report = report(TAIYUAN, 2023);
            Section fiveYears = report.addSection(Part.FIVE_YEAR_REVIEW, "五年", null);
            fiveYears.addFigure(gdp(value).period(2017, 2021));
            List<Warning> found = run(report, history, List.of());
            if (value.equals("5121.61")) {
                assertEquals(List.of(), found);
            } else {
                assertEquals(List.of(CheckRule.OTHER_REPORT), rules(found));
                assertEquals(
                        List.of("5221.61 亿元", "5121.61 亿元", "2021", "2022"),
                        found.get(0).numbers());
            }
        }
    }

    @Test
    void aValueTenThousandTimesTheSeriesNamesTheLikelyUnitAndADroppedDigitIsSeenToo() {
        List<Figure> history = new ArrayList<>();
        String[] levels = {"3800", "4000", "4100", "4690"};
        for (int i = 0; i < levels.length; i++) {
            history.add(annualLevel(2018 + i, levels[i]));
        }
        assertEquals(List.of(), run(single(gdp("5121.61")), history, List.of()));

        List<Warning> unit = run(single(gdp("51216100")), history, List.of());
        assertEquals(List.of(CheckRule.SCALE), rules(unit));
        assertEquals(List.of("10000", "4050 亿元", "万元"), unit.get(0).numbers());

        List<Warning> digit = run(single(gdp("512.161")), history, List.of());
        assertEquals(List.of(CheckRule.SCALE), rules(digit));
        assertEquals("1/10", digit.get(0).numbers().get(0));
    }

    @Test
    void aGrowthFarFromTheCitysOwnSeriesOrFromOtherCitiesThatYearIsAnOutlier() {
        List<Figure> history = new ArrayList<>();
        String[] rates = {"8", "8.5", "9", "7.5", "8.2"};
        for (int i = 0; i < rates.length; i++) {
            history.add(annual(TAIYUAN, 2017 + i, growth(rates[i])));
        }
        assertEquals(List.of(), run(single(growth("9.2")), history, List.of()));
        List<Warning> own = run(single(growth("38")), history, List.of());
        assertEquals(List.of(CheckRule.OUTLIER), rules(own));
        assertEquals("own", own.get(0).numbers().get(2));

        List<Figure> cities = new ArrayList<>();
        String[] others = {"6.1", "7", "8.8", "9.5", "5.9", "7.7"};
        for (int i = 0; i < others.length; i++) {
            City city = new City("city-" + i, "城" + i, "City " + i, "山西省");
            cities.add(annual(city, 2022, growth(others[i])));
        }
        assertEquals(List.of(), run(single(growth("9.2")), List.of(), cities));
        List<Warning> among = run(single(growth("45")), List.of(), cities);
        assertEquals(List.of(CheckRule.OUTLIER), rules(among));
        assertEquals("cities", among.get(0).numbers().get(2));
    }

    @Test
    void aValueOutsideTheCataloguesRangeIsFlaggedInTheIndicatorsUnit() {
        Indicator ranged = new Indicator("gdp", "地区生产总值", "GDP", Unit.of("亿元"), IndicatorKind.LEVEL);
        ranged.expect(new PlausibleRange(new BigDecimal("100"), new BigDecimal("50000"), null));
        Figure.Builder trillions = Figure.builder("地区生产总值", new BigDecimal("6"), Unit.of("万亿元"), "达到6万亿元")
                .indicator(ranged);
        List<Warning> found = run(single(trillions), List.of(), List.of());
        assertEquals(List.of(CheckRule.RANGE), rules(found));
        assertEquals(List.of("60000 亿元", "100", "50000"), found.get(0).numbers());
        assertEquals(
                List.of(),
                run(single(Figure.builder("地区生产总值", new BigDecimal("5121.61"), Unit.of("亿元"), "5121.61亿元")
                        .indicator(ranged))));
    }

    @Test
    void aWarningsFingerprintChangesWithItsNumbers() {
        Report a = single(gdp("51216100"));
        Report b = single(gdp("51216000"));
        List<Figure> history = List.of(annualLevel(2020, "4000"), annualLevel(2021, "4690"));
        String first = run(a, history, List.of()).get(0).fingerprint();
        assertEquals(first, run(a, history, List.of()).get(0).fingerprint());
        assertTrue(!first.equals(run(b, history, List.of()).get(0).fingerprint()));
    }

    private static List<Warning> run(Report report) {
        return run(report, List.of(), List.of());
    }

    private static List<Warning> run(Report report, List<Figure> history, List<Figure> otherCities) {
        return new FigureCheckRules(
                        report,
                        history.stream().map(PublishedFigure::of).toList(),
                        otherCities.stream().map(PublishedFigure::of).toList())
                .run();
    }

    private static List<CheckRule> rules(List<Warning> warnings) {
        return warnings.stream().map(Warning::rule).toList();
    }

    private static Report single(Figure.Builder figure) {
        Report report = report(TAIYUAN, 2022);
        report.addSection(Part.ANNUAL_REVIEW, "回顾", null).addFigure(figure);
        return report;
    }

    /** The GDP level of {@code year − 1} as the annual review of the report of {@code year} states it. */
    private static Figure annualLevel(int year, String value) {
        return annual(TAIYUAN, year, gdp(value));
    }

    private static Figure annual(City city, int year, Figure.Builder figure) {
        return report(city, year).addSection(Part.ANNUAL_REVIEW, "回顾", null).addFigure(figure);
    }

    private static Figure.Builder gdp(String value) {
        return Figure.builder("地区生产总值", new BigDecimal(value), Unit.of("亿元"), "地区生产总值" + value + "亿元")
                .indicator(GDP);
    }

    private static Figure.Builder growth(String rate) {
        return Figure.builder("地区生产总值增速", new BigDecimal(rate), Unit.of("%"), "增长" + rate + "%")
                .direction(Direction.UP)
                .indicator(GDP_GROWTH);
    }

    private static Figure.Builder share(String label, String value, String sentence) {
        return Figure.builder(label, new BigDecimal(value), Unit.of("%"), sentence);
    }

    private static Report report(City city, int year) {
        return new Report(city, year, DocumentKind.FULL_TEXT, year + " 年政府工作报告", null);
    }

    private static Indicator growthOf(Indicator level) {
        Indicator growth =
                new Indicator("gdp-growth", "地区生产总值增速", "GDP growth", Unit.of("%"), IndicatorKind.GROWTH_RATE);
        growth.edit(growth.getNameZh(), growth.getNameEn(), growth.getUnit(), IndicatorKind.GROWTH_RATE, level);
        return growth;
    }
}
