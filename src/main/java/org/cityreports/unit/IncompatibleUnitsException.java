package org.cityreports.unit;

public class IncompatibleUnitsException extends IllegalArgumentException {
    public IncompatibleUnitsException(Unit from, Unit to) {
        super("Cannot convert " + from + " (" + from.dimension() + ") to " + to + " (" + to.dimension() + ")");
    }
}
