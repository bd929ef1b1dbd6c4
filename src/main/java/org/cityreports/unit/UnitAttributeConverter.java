package org.cityreports.unit;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a unit as its symbol, so the database stays readable: 亿元, %, 万户. */
@Converter(autoApply = true)
public class UnitAttributeConverter implements AttributeConverter<Unit, String> {

    @Override
    public String convertToDatabaseColumn(Unit unit) {
        return unit == null ? null : unit.symbol();
    }

    @Override
    public Unit convertToEntityAttribute(String symbol) {
        return symbol == null ? null : Unit.of(symbol);
    }
}
