package org.cityreports.unit;

public class UnknownUnitException extends IllegalArgumentException {
    public UnknownUnitException(String symbol) {
        super("Unknown unit: '" + symbol + "'");
    }
}
