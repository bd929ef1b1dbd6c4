package org.cityreports.report.control;

import org.cityreports.report.entity.CheckAcceptance;
import org.cityreports.report.entity.CheckRule;
import org.cityreports.report.entity.Figure;

import java.util.ArrayList;
import java.util.List;

/**
 * What a check found on one figure of a report: the rule, the other figures of the same report it
 * involves (those of other reports are named by the numbers), the numbers its message shows, and the
 * reviewer's acceptance if there is one.
 *
 * @param numbers the message's arguments, as shown: "5121.61 亿元", "2021"
 */
public record Warning(
        CheckRule rule, Figure figure, List<Figure> related, List<String> numbers, CheckAcceptance acceptance) {

    private static final int FINGERPRINT_LIMIT = 400;

    Warning(CheckRule rule, Figure figure, List<Figure> related, String... numbers) {
        this(rule, figure, List.copyOf(related), List.of(numbers), null);
    }

    /**
     * The warning as a reviewer accepts it: its rule, the figure's value and the numbers. The same
     * warning found again after the figure changed is open again.
     */
    public String fingerprint() {
        String print = rule + "|" + figure.getValue().toPlainString() + " "
                + figure.getUnit().symbol() + "|" + String.join("|", numbers);
        return print.length() <= FINGERPRINT_LIMIT ? print : print.substring(0, FINGERPRINT_LIMIT);
    }

    public boolean isOpen() {
        return acceptance == null;
    }

    Warning acceptedBy(CheckAcceptance acceptance) {
        return new Warning(rule, figure, related, numbers, acceptance);
    }

    /** The text's key: an outlier says whether it stands out from the city's own series or the other cities. */
    public String messageKey() {
        return rule == CheckRule.OUTLIER ? rule.messageKey() + "." + numbers.get(2) : rule.messageKey();
    }

    /** The message's arguments, always five (the templates pass five). */
    public List<String> arguments() {
        List<String> five = new ArrayList<>(numbers);
        while (five.size() < 5) {
            five.add("");
        }
        return five;
    }
}
