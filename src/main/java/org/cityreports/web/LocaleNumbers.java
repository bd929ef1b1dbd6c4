package org.cityreports.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers as the page's language writes them (digit grouping, decimal mark), exactly: every
 * decimal a value has is shown, none is rounded away. For the compare and track pages, whose values
 * are converted by us; report pages show each value as its report wrote it.
 */
public final class LocaleNumbers {

    private final Locale locale;

    public LocaleNumbers(Locale locale) {
        this.locale = locale;
    }

    public String format(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return format.format(value);
    }
}
