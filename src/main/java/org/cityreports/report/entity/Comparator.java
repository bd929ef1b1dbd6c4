package org.cityreports.report.entity;

/** How a target's value is to be met. */
public enum Comparator {
    AT_LEAST("≥"),
    AT_MOST("≤"),
    ABOUT("≈");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
