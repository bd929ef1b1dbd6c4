package org.cityreports.track.control;

import org.cityreports.indicator.entity.Indicator;
import org.cityreports.indicator.entity.IndicatorKind;
import org.cityreports.report.entity.Comparator;
import org.cityreports.report.entity.Target;
import org.cityreports.track.control.Progress.State;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;

/**
 * The rules that measure a plan target against the city's observations of its indicator. Years
 * count from the target's start year to its end year; the baseline is the year before the start
 * (the year the plan's report reviews). Paces are linear: after k of n years, k/n of the way.
 * "About" (≈) is met within 5 % of the target value.
 *
 * <ul>
 * <li>Level to reach (GDP towards 1 万亿元): met when the newest value meets the target; else on
 *     track while it is at least as far from the baseline as the linear pace asks; behind after that,
 *     and behind when the end year's value misses it.</li>
 * <li>Yearly growth (≥ 10 % a year): behind as soon as one year misses it; met when every year to
 *     the end year meets it; on track before that.</li>
 * <li>Cumulative increase (+100 万 residents): the newest value minus the baseline, paced like a level.</li>
 * <li>Count to deliver (5000 flats): the sum of the yearly figures, paced like a level.</li>
 * </ul>
 */
public final class TargetProgress {

    private static final BigDecimal ABOUT_TOLERANCE = new BigDecimal("0.05");
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private TargetProgress() {}

    /** @param observations the city's observations of the target's indicator, any years */
    public static Progress of(Target target, List<Observation> observations) {
        Indicator indicator = target.getIndicator();
        if (indicator == null) {
            return Progress.of(State.NO_DATA, "progress.rule.noIndicator", null);
        }
        if (!target.getUnit().isConvertibleTo(indicator.getUnit())) {
            return Progress.of(
                    State.NO_DATA, "progress.rule.unitMismatch", null, target.getUnit(), indicator.getUnit());
        }
        BigDecimal goal = target.getUnit().convert(target.getValue(), indicator.getUnit());
        int start = target.getStartYear();
        int end = target.getEndYear();
        List<Observation> inPeriod = observations.stream()
                .filter(o -> o.year() >= start && o.year() <= end)
                .toList();
        Optional<Observation> baseline =
                observations.stream().filter(o -> o.year() == start - 1).findFirst();
        if (inPeriod.isEmpty()) {
            return Progress.of(State.NO_DATA, "progress.rule.noFigures", null, start, end, indicator.getUnit());
        }
        Observation latest = inPeriod.get(inPeriod.size() - 1);
        return switch (target.getKind()) {
            case LEVEL -> level(target, goal, latest, baseline, indicator);
            case YEARLY_GROWTH -> yearlyGrowth(target, goal, inPeriod, indicator);
            case CUMULATIVE_INCREASE -> increase(target, goal, latest, baseline, indicator);
            case COUNT_TO_DELIVER -> delivered(target, goal, inPeriod, indicator);
        };
    }

    private static Progress level(
            Target t, BigDecimal goal, Observation latest, Optional<Observation> baseline, Indicator indicator) {
        String unit = indicator.getUnit().symbol();
        if (meets(latest.value(), t.getComparator(), goal)) {
            return Progress.of(
                    State.MET,
                    "progress.rule.level.met",
                    latest,
                    latest.year(),
                    latest.value(),
                    unit,
                    t.getComparator().symbol(),
                    goal);
        }
        if (latest.year() >= t.getEndYear()) {
            return Progress.of(
                    State.BEHIND,
                    "progress.rule.level.ended",
                    latest,
                    latest.year(),
                    latest.value(),
                    unit,
                    t.getComparator().symbol(),
                    goal);
        }
        if (baseline.isEmpty()) {
            return Progress.of(State.NO_DATA, "progress.rule.noBaseline", latest, t.getStartYear() - 1);
        }
        BigDecimal from = baseline.get().value();
        BigDecimal expected = from.add(goal.subtract(from).multiply(share(t, latest.year()), PRECISION), PRECISION)
                .setScale(2, java.math.RoundingMode.HALF_UP);
        boolean onPace = paced(latest.value(), expected, goal.compareTo(from) >= 0);
        return Progress.of(
                onPace ? State.ON_TRACK : State.BEHIND,
                "progress.rule.level.pace",
                latest,
                latest.year(),
                latest.value(),
                unit,
                expected,
                from,
                t.getStartYear() - 1,
                goal,
                t.getEndYear());
    }

    private static Progress yearlyGrowth(Target t, BigDecimal goal, List<Observation> inPeriod, Indicator indicator) {
        if (indicator.getKind() != IndicatorKind.GROWTH_RATE) {
            return Progress.of(State.NO_DATA, "progress.rule.notGrowth", null, indicator.getCode());
        }
        String unit = indicator.getUnit().symbol();
        Observation latest = inPeriod.get(inPeriod.size() - 1);
        for (Observation o : inPeriod) {
            if (!meets(o.value(), t.getComparator(), goal)) {
                return Progress.of(
                        State.BEHIND,
                        "progress.rule.growth.missed",
                        o,
                        o.year(),
                        o.value(),
                        unit,
                        t.getComparator().symbol(),
                        goal);
            }
        }
        boolean complete = latest.year() >= t.getEndYear() && inPeriod.size() == t.getEndYear() - t.getStartYear() + 1;
        return Progress.of(
                complete ? State.MET : State.ON_TRACK,
                "progress.rule.growth.kept",
                latest,
                inPeriod.get(0).year(),
                latest.year(),
                t.getComparator().symbol(),
                goal,
                unit,
                latest.value());
    }

    private static Progress increase(
            Target t, BigDecimal goal, Observation latest, Optional<Observation> baseline, Indicator indicator) {
        if (baseline.isEmpty()) {
            return Progress.of(State.NO_DATA, "progress.rule.noBaseline", latest, t.getStartYear() - 1);
        }
        BigDecimal increase = latest.value().subtract(baseline.get().value());
        return paced(t, goal, increase, latest, indicator, "progress.rule.increase");
    }

    private static Progress delivered(Target t, BigDecimal goal, List<Observation> inPeriod, Indicator indicator) {
        BigDecimal sum = inPeriod.stream().map(Observation::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        return paced(t, goal, sum, inPeriod.get(inPeriod.size() - 1), indicator, "progress.rule.delivered");
    }

    /** An amount gathered since the start against the goal: met, on pace, or behind. */
    private static Progress paced(
            Target t, BigDecimal goal, BigDecimal amount, Observation latest, Indicator indicator, String rule) {
        String unit = indicator.getUnit().symbol();
        if (meets(amount, t.getComparator(), goal)) {
            return Progress.of(State.MET, rule, latest, t.getStartYear(), latest.year(), amount, unit, goal, "—");
        }
        BigDecimal expected =
                goal.multiply(share(t, latest.year()), PRECISION).setScale(2, java.math.RoundingMode.HALF_UP);
        boolean onPace = latest.year() < t.getEndYear() && paced(amount, expected, true);
        return Progress.of(
                onPace ? State.ON_TRACK : State.BEHIND,
                rule,
                latest,
                t.getStartYear(),
                latest.year(),
                amount,
                unit,
                goal,
                expected);
    }

    /** How much of the period has passed by the end of {@code year}: 1/5 after the first of five. */
    private static BigDecimal share(Target t, int year) {
        int total = t.getEndYear() - t.getStartYear() + 1;
        int done = Math.min(total, year - t.getStartYear() + 1);
        return BigDecimal.valueOf(done).divide(BigDecimal.valueOf(total), PRECISION);
    }

    private static boolean paced(BigDecimal value, BigDecimal expected, boolean rising) {
        return rising ? value.compareTo(expected) >= 0 : value.compareTo(expected) <= 0;
    }

    static boolean meets(BigDecimal value, Comparator comparator, BigDecimal goal) {
        return switch (comparator) {
            case AT_LEAST -> value.compareTo(goal) >= 0;
            case AT_MOST -> value.compareTo(goal) <= 0;
            case ABOUT -> value.subtract(goal).abs().compareTo(goal.abs().multiply(ABOUT_TOLERANCE)) <= 0;
        };
    }
}
