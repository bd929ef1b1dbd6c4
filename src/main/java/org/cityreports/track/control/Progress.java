package org.cityreports.track.control;

import org.cityreports.unit.Decimals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * How far a plan target has come: its state, and the rule and numbers that decided it, as a message
 * key with its arguments (numbers already in the indicator's unit, as text).
 *
 * @param latest the newest observation used, or null
 */
public record Progress(State state, String ruleKey, List<String> ruleArgs, Observation latest) {

    public enum State {
        MET,
        ON_TRACK,
        BEHIND,
        NO_DATA
    }

    static Progress of(State state, String ruleKey, Observation latest, Object... args) {
        return new Progress(
                state, ruleKey, Arrays.stream(args).map(Progress::text).toList(), latest);
    }

    private static String text(Object arg) {
        return arg instanceof BigDecimal d ? Decimals.normalize(d).toPlainString() : String.valueOf(arg);
    }

    /** The rule's arguments as an array, as Thymeleaf's #messages.msgWithParams takes them. */
    public Object[] args() {
        return ruleArgs.toArray();
    }
}
