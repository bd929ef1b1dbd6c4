package org.cityreports.report.boundary;

import org.cityreports.domain.FormErrors;
import org.cityreports.indicator.control.Indicators;
import org.cityreports.indicator.entity.Indicator;
import org.cityreports.report.entity.Report;
import org.cityreports.unit.Unit;

import java.math.BigDecimal;

/** Numbers, years, units and indicators as staff type them into the figure and target forms. */
final class Numbers {

    /** As reports write them: digits, a point, up to 8 decimals; the sign only so we can say why not. */
    static final String DECIMAL = "\\s*-?\\d{1,16}(\\.\\d{1,8})?\\s*";

    static final String OPTIONAL_DECIMAL = "\\s*(-?\\d{1,16}(\\.\\d{1,8})?)?\\s*";
    static final String OPTIONAL_YEAR = "\\s*(\\d{1,4})?\\s*";

    private Numbers() {}

    /** The decimal typed, or null when there is none (the form's own constraints say why). */
    static BigDecimal decimal(String typed) {
        return typed != null && typed.matches(DECIMAL) ? new BigDecimal(typed.strip()) : null;
    }

    /** The unit typed, or null: with a message when it is no unit of the table. */
    static Unit unit(String typed, String field, FormErrors errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (!Unit.isKnown(typed)) {
            errors.add(field, "unit.unknown");
            return null;
        }
        return Unit.of(typed);
    }

    /** A year in 1949–2100, null when none was typed, or null with a message. */
    static Integer year(String typed, String field, FormErrors errors) {
        if (typed == null || !typed.matches("\\s*\\d{1,4}\\s*")) {
            return null; // nothing typed, or the form's pattern has said what is wrong
        }
        int year = Integer.parseInt(typed.strip());
        if (year < Report.FIRST_YEAR || year > Report.LAST_YEAR) {
            errors.add(field, "year.range");
            return null;
        }
        return year;
    }

    static Indicator indicator(String code, Indicators indicators, FormErrors errors) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return indicators.byCode(code.strip()).orElseGet(() -> {
            errors.add("indicator", "indicator.unknown");
            return null;
        });
    }

    /** Two years typed together, or neither: null when missing or refused. */
    record Years(Integer start, Integer end) {}

    /**
     * The first and last year of a period as typed in two fields, both or neither; when only one
     * is, {@code <messages>.both} goes to {@code errors}. Their order is the item's own rule.
     */
    static Years period(
            String start, String startField, String end, String endField, String messages, FormErrors errors) {
        Integer first = year(start, startField, errors);
        Integer last = year(end, endField, errors);
        if ((first == null) != (last == null)) {
            errors.add(first == null ? startField : endField, messages + ".both");
        }
        return new Years(first, last);
    }
}
