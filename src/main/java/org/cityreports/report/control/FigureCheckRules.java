package org.cityreports.report.control;

import org.cityreports.indicator.entity.Indicator;
import org.cityreports.indicator.entity.IndicatorKind;
import org.cityreports.indicator.entity.PlausibleRange;
import org.cityreports.report.entity.Change;
import org.cityreports.report.entity.CheckRule;
import org.cityreports.report.entity.Direction;
import org.cityreports.report.entity.Figure;
import org.cityreports.report.entity.Part;
import org.cityreports.report.entity.Qualifier;
import org.cityreports.report.entity.Report;
import org.cityreports.unit.Dimension;
import org.cityreports.unit.Unit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The checks across figures, run on one report with what the database holds around it: the
 * published figures of the same city in other years, and those of other cities in the years the
 * report speaks of. Pure computation, so that a test feeds each rule a report that breaks it.
 */
final class FigureCheckRules {

    /** Iglewicz and Hoaglin: a modified z-score above 3.5 marks a likely outlier. */
    private static final double OUTLIER_SCORE = 3.5;

    private static final int OWN_SERIES_MINIMUM = 4;
    private static final int OTHER_CITIES_MINIMUM = 5;
    /** A value within 3× of a power of ten away from the expected one is read as a scale slip. */
    private static final double SCALE_CLOSENESS = Math.log10(3);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern SHARE_LABEL = Pattern.compile(".*(占|比重|份额).*");
    /** A stated change compared with the year before: nothing named, or 同比 / 上年 / 去年. */
    private static final Pattern YEAR_ON_YEAR = Pattern.compile(".*(同比|上年|去年).*");

    private static final String[] PREFIXES = {"", "万", "亿", "万亿"};

    private final Report report;
    private final List<PublishedFigure> ownHistory;
    private final List<PublishedFigure> otherCities;
    private final List<Warning> found = new ArrayList<>();

    /**
     * @param ownHistory  published figures of the report's city in other years, linked to an indicator
     * @param otherCities published annual-review figures of other cities, linked to an indicator
     */
    FigureCheckRules(Report report, List<PublishedFigure> ownHistory, List<PublishedFigure> otherCities) {
        this.report = report;
        this.ownHistory = ownHistory;
        this.otherCities = otherCities;
    }

    List<Warning> run() {
        List<Figure> figures = report.figures().toList();
        twoValues(figures);
        sharesOverWhole(figures);
        for (Figure figure : figures) {
            if (figure.getIndicator() == null || figure.getSection().getPart() == Part.PLAN) {
                continue;
            }
            growthAgainstLevels(figure, figures);
            otherReport(figure);
            if (!scale(figure)) {
                outlier(figure);
            }
            range(figure);
        }
        return found;
    }

    /** The same indicator or label, the same period and the same sort of statement, with two values. */
    private void twoValues(List<Figure> figures) {
        Map<String, Figure> first = new LinkedHashMap<>();
        for (Figure figure : figures) {
            if (figure.getQualifier() != Qualifier.EXACT) {
                continue;
            }
            String statement = "|" + figure.getPeriodStart() + "-" + figure.getPeriodEnd() + "|" + figure.getBasis()
                    + "|" + figure.getDirection() + "|" + figure.getComparedWith();
            // the same indicator, or the same label in the same part whether linked or not
            List<String> keys = new ArrayList<>();
            keys.add("label:" + figure.getSection().getPart() + ":" + figure.getLabel() + statement);
            if (figure.getIndicator() != null) {
                keys.add("indicator:" + figure.getIndicator().getCode() + statement);
            }
            keys.stream()
                    .map(key -> first.putIfAbsent(key, figure))
                    .filter(Objects::nonNull)
                    .filter(earlier -> figure.getUnit().isConvertibleTo(earlier.getUnit())
                            && !sameStated(
                                    earlier.getUnit().convert(earlier.getValue(), figure.getUnit()), figure.getValue()))
                    .findFirst()
                    .ifPresent(earlier -> found.add(new Warning(
                            CheckRule.TWO_VALUES,
                            figure,
                            List.of(earlier),
                            shown(figure),
                            shown(earlier),
                            earlier.getLabel())));
        }
    }

    /** Shares of one whole (labels with 占, 比重 or 份额) stated in one sentence for one period. */
    private void sharesOverWhole(List<Figure> figures) {
        Map<String, List<Figure>> bySentence = figures.stream()
                .filter(f -> f.getDirection() == null
                        && f.getUnit().dimension() == Dimension.PERCENT
                        && SHARE_LABEL.matcher(f.getLabel()).matches())
                .collect(Collectors.groupingBy(
                        f -> f.getSourceSentence() + "|" + f.getPeriodStart() + "-" + f.getPeriodEnd(),
                        LinkedHashMap::new,
                        Collectors.toList()));
        for (List<Figure> shares : bySentence.values()) {
            BigDecimal sum = shares.stream().map(Figure::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (shares.size() > 1 && sum.compareTo(HUNDRED) > 0) {
                Figure last = shares.get(shares.size() - 1);
                found.add(new Warning(
                        CheckRule.SHARES_OVER_WHOLE,
                        last,
                        shares.subList(0, shares.size() - 1),
                        sum.toPlainString() + " %",
                        shares.stream().map(Figure::getLabel).collect(Collectors.joining("、"))));
            }
        }
    }

    /**
     * A year-on-year growth against the levels of this year and the year before: stated as the
     * change beside a level, or as a growth-rate figure of its own whose indicator names the level.
     */
    private void growthAgainstLevels(Figure figure, List<Figure> figures) {
        if (figure.getPeriodStart() != figure.getPeriodEnd()
                || figure.getQualifier() == Qualifier.MORE_THAN
                || (figure.getComparedWith() != null
                        && !YEAR_ON_YEAR.matcher(figure.getComparedWith()).matches())) {
            return;
        }
        Indicator indicator = figure.getIndicator();
        BigDecimal stated;
        Figure levelNow;
        Indicator level;
        if (isLevel(indicator) && figure.getDirection() == null && figure.getChange() != null) {
            Change change = figure.getChange();
            if (change.getValue() == null
                    || change.getUnit() == null
                    || change.getUnit().dimension() != Dimension.PERCENT) {
                return;
            }
            stated = signed(figure.getChange().getValue(), figure.getChange().getDirection());
            levelNow = figure;
            level = indicator;
        } else if (indicator.getKind() == IndicatorKind.GROWTH_RATE && indicator.getGrowthOf() != null) {
            Optional<BigDecimal> rate = reading(figure);
            Optional<Figure> stating = figures.stream()
                    .filter(f -> indicator.getGrowthOf().equals(f.getIndicator())
                            && f.getPeriodEnd() == figure.getPeriodEnd()
                            && reading(f).isPresent())
                    .findFirst();
            if (rate.isEmpty() || stating.isEmpty()) {
                return;
            }
            stated = rate.get();
            levelNow = stating.get();
            level = indicator.getGrowthOf();
        } else {
            return;
        }
        PublishedFigure before = ownSeries(level).get(figure.getPeriodEnd() - 1);
        Optional<BigDecimal> now = reading(levelNow);
        if (before == null || now.isEmpty()) {
            return;
        }
        BigDecimal then = reading(before).orElseThrow();
        if (then.signum() <= 0) {
            return;
        }
        BigDecimal computed = now.get()
                .divide(then, MathContext.DECIMAL64)
                .subtract(BigDecimal.ONE)
                .multiply(HUNDRED)
                .setScale(1, RoundingMode.HALF_UP);
        if (computed.subtract(stated)
                        .abs()
                        .compareTo(indicator.getPlausibleRange().growthToleranceOrDefault())
                > 0) {
            found.add(new Warning(
                    CheckRule.GROWTH_AGAINST_LEVELS,
                    figure,
                    levelNow == figure ? List.of() : List.of(levelNow),
                    stated.toPlainString() + " %",
                    computed.toPlainString() + " %",
                    before.shown(),
                    String.valueOf(figure.getPeriodEnd() - 1)));
        }
    }

    /** A five-year review's value of a year against the annual review of that year in another report. */
    private void otherReport(Figure figure) {
        if (figure.getSection().getPart() != Part.FIVE_YEAR_REVIEW
                || figure.getQualifier() != Qualifier.EXACT
                || figure.getBasis() != null) {
            return;
        }
        Optional<BigDecimal> here = reading(figure);
        if (here.isEmpty()) {
            return;
        }
        ownHistory.stream()
                .filter(f -> f.part() == Part.ANNUAL_REVIEW
                        && f.indicator().equals(figure.getIndicator())
                        && f.periodEnd() == figure.getPeriodEnd()
                        && f.qualifier() == Qualifier.EXACT)
                .filter(f -> reading(f)
                        .filter(there -> !sameStated(there, here.get()))
                        .isPresent())
                .findFirst()
                .ifPresent(annual -> found.add(new Warning(
                        CheckRule.OTHER_REPORT,
                        figure,
                        List.of(),
                        shown(figure),
                        annual.shown(),
                        String.valueOf(figure.getPeriodEnd()),
                        String.valueOf(annual.reportYear()))));
    }

    /** @return whether the figure is 10ⁿ away from the median of its city's series */
    private boolean scale(Figure figure) {
        Indicator indicator = figure.getIndicator();
        Optional<BigDecimal> value = reading(figure);
        if (!isLevel(indicator) || value.isEmpty() || value.get().signum() <= 0) {
            return false;
        }
        List<Double> series = values(ownSeries(indicator), figure.getPeriodEnd());
        if (series.size() < 2) {
            return false;
        }
        double expected = median(series);
        if (expected <= 0) {
            return false;
        }
        double orders = Math.log10(value.get().doubleValue() / expected);
        long power = Math.round(orders);
        if (power == 0 || Math.abs(power) > 4 || Math.abs(orders - power) > SCALE_CLOSENESS) {
            return false;
        }
        found.add(new Warning(
                CheckRule.SCALE,
                figure,
                List.of(),
                (power > 0 ? "" : "1/")
                        + BigDecimal.TEN.pow((int) Math.abs(power)).toPlainString(),
                plain(expected) + " " + indicator.getUnit().symbol(),
                likelyUnit(figure.getUnit(), (int) power).orElse("?")));
        return true;
    }

    /**
     * A rate or share far from the city's own series, or from the other cities' values of that
     * year. Levels and counts grow and differ by the size of the city: {@link #scale} checks them.
     */
    private void outlier(Figure figure) {
        Indicator indicator = figure.getIndicator();
        Optional<BigDecimal> value = reading(figure);
        if (isLevel(indicator) || value.isEmpty()) {
            return;
        }
        List<Double> own = values(ownSeries(indicator), figure.getPeriodEnd());
        List<Double> others = otherCities.stream()
                .filter(f -> f.indicator().equals(indicator)
                        && f.periodEnd() == figure.getPeriodEnd()
                        && f.periodStart() == figure.getPeriodStart()
                        && !f.city().equals(PublishedFigure.cityOf(report)))
                .collect(Collectors.toMap(PublishedFigure::city, f -> reading(f), (a, b) -> a.isPresent() ? a : b))
                .values()
                .stream()
                .flatMap(Optional::stream)
                .map(BigDecimal::doubleValue)
                .toList();
        double x = value.get().doubleValue();
        String among = own.size() >= OWN_SERIES_MINIMUM && outlying(x, own) ? "own" : null;
        if (among == null && others.size() >= OTHER_CITIES_MINIMUM && outlying(x, others)) {
            among = "cities";
        }
        if (among != null) {
            List<Double> series = among.equals("own") ? own : others;
            found.add(new Warning(
                    CheckRule.OUTLIER,
                    figure,
                    List.of(),
                    shown(figure),
                    plain(median(series)) + " " + indicator.getUnit().symbol(),
                    among,
                    String.valueOf(series.size())));
        }
    }

    private void range(Figure figure) {
        PlausibleRange range = figure.getIndicator().getPlausibleRange();
        reading(figure)
                .filter(range::excludes)
                .ifPresent(value -> found.add(new Warning(
                        CheckRule.RANGE,
                        figure,
                        List.of(),
                        value.toPlainString() + " "
                                + figure.getIndicator().getUnit().symbol(),
                        range.getMin() == null ? "–∞" : range.getMin().toPlainString(),
                        range.getMax() == null ? "∞" : range.getMax().toPlainString())));
    }

    /**
     * The city's published value of the indicator per year: each year's annual review first, then
     * a five-year review's; absent years are missing from the map.
     */
    private Map<Integer, PublishedFigure> ownSeries(Indicator indicator) {
        Map<Integer, PublishedFigure> byYear = new LinkedHashMap<>();
        ownHistory.stream()
                .filter(f -> f.indicator().equals(indicator)
                        && f.part() != Part.PLAN
                        && f.qualifier() != Qualifier.MORE_THAN
                        && reading(f).isPresent())
                .sorted(Comparator.comparing((PublishedFigure f) -> f.part() != Part.ANNUAL_REVIEW)
                        .thenComparing(f -> -f.reportYear()))
                .forEach(f -> byYear.putIfAbsent(f.periodEnd(), f));
        return byYear;
    }

    private static List<Double> values(Map<Integer, PublishedFigure> series, int leaveOutYear) {
        return series.entrySet().stream()
                .filter(e -> e.getKey() != leaveOutYear)
                .map(e -> reading(e.getValue()).orElseThrow().doubleValue())
                .toList();
    }

    /**
     * A figure's value as its indicator compares it: in the indicator's unit, a growth rate signed by
     * its direction; empty when the figure states another sort of value (a change of a level).
     */
    static Optional<BigDecimal> reading(Figure figure) {
        return reading(PublishedFigure.of(figure));
    }

    static Optional<BigDecimal> reading(PublishedFigure figure) {
        Indicator indicator = figure.indicator();
        if (indicator == null || !figure.unit().isConvertibleTo(indicator.getUnit())) {
            return Optional.empty();
        }
        BigDecimal value = figure.unit().convert(figure.value(), indicator.getUnit());
        if (indicator.getKind() == IndicatorKind.GROWTH_RATE) {
            return Optional.of(signed(value, figure.direction()));
        }
        return figure.direction() == null ? Optional.of(value) : Optional.empty();
    }

    private static boolean isLevel(Indicator indicator) {
        return indicator.getKind() == IndicatorKind.LEVEL || indicator.getKind() == IndicatorKind.COUNT;
    }

    private static BigDecimal signed(BigDecimal value, Direction direction) {
        return direction == Direction.DOWN ? value.negate() : value;
    }

    /** Equal as reports round: 5121.61 and 5121.6 are the same statement, 5121.61 and 5112.61 are not. */
    static boolean sameStated(BigDecimal a, BigDecimal b) {
        int scale = Math.max(
                0,
                Math.min(a.stripTrailingZeros().scale(), b.stripTrailingZeros().scale()));
        BigDecimal halfUnit = BigDecimal.valueOf(5, scale + 1);
        return a.subtract(b).abs().compareTo(halfUnit) <= 0;
    }

    private static boolean outlying(double x, List<Double> series) {
        double median = median(series);
        double mad = median(series.stream().map(v -> Math.abs(v - median)).toList());
        return mad > 0 && Math.abs(0.6745 * (x - median) / mad) > OUTLIER_SCORE;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The unit the value was likely stated in: 5121.61 typed in 万元 where the report says 亿元. */
    static Optional<String> likelyUnit(Unit typed, int power) {
        int exponent = typed.exponent() - power;
        if (exponent < 0
                || exponent % 4 != 0
                || exponent / 4 >= PREFIXES.length
                || !typed.base().scalable()) {
            return Optional.empty();
        }
        String symbol = PREFIXES[exponent / 4] + typed.base().symbol();
        return Unit.isKnown(symbol) ? Optional.of(symbol) : Optional.empty();
    }

    private static String shown(Figure figure) {
        return figure.getValue().toPlainString() + " " + figure.getUnit().symbol();
    }

    private static String plain(double value) {
        return new BigDecimal(value, new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
