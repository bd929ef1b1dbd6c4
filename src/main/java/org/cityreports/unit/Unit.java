package org.cityreports.unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A unit as reports write it: a base unit with a decimal scale, e.g. 亿元 = 元 × 10^8.
 * Parsed from and shown as its symbol; two units are equal when their symbols are.
 */
public final class Unit {

    private static final String[] PREFIXES = {"万亿", "亿", "万"};
    private static final int[] EXPONENTS = {12, 8, 4};

    private final BaseUnit base;
    private final int exponent;
    private final String symbol;

    private Unit(BaseUnit base, int exponent, String symbol) {
        this.base = base;
        this.exponent = exponent;
        this.symbol = symbol;
    }

    /** @throws UnknownUnitException when the symbol is no base unit, scaled or not. */
    public static Unit of(String symbol) {
        if (symbol == null || symbol.isBlank()) {
            throw new UnknownUnitException(symbol);
        }
        String trimmed = symbol.strip();
        var plain = BaseUnit.bySymbol(trimmed);
        if (plain.isPresent()) {
            return new Unit(plain.get(), 0, trimmed);
        }
        for (int i = 0; i < PREFIXES.length; i++) {
            if (trimmed.startsWith(PREFIXES[i])) {
                var base = BaseUnit.bySymbol(trimmed.substring(PREFIXES[i].length()));
                if (base.isPresent() && base.get().scalable()) {
                    return new Unit(base.get(), EXPONENTS[i], trimmed);
                }
            }
        }
        throw new UnknownUnitException(trimmed);
    }

    /**
     * The units the staff forms offer: every base unit, and 万X and 亿X of the scalable ones
     * (万亿 only for money, where reports use it).
     */
    public static List<String> offered() {
        List<String> symbols = new ArrayList<>();
        for (BaseUnit base : BaseUnit.values()) {
            symbols.add(base.symbol());
            if (base.scalable()) {
                symbols.add("万" + base.symbol());
                symbols.add("亿" + base.symbol());
                if (base.dimension() == Dimension.MONEY_CNY || base.dimension() == Dimension.MONEY_USD) {
                    symbols.add("万亿" + base.symbol());
                }
            }
        }
        return symbols;
    }

    public static boolean isKnown(String symbol) {
        try {
            of(symbol);
            return true;
        } catch (UnknownUnitException e) {
            return false;
        }
    }

    public BaseUnit base() {
        return base;
    }

    /** The power of ten this unit stands for: 8 for 亿元, 0 for 元. */
    public int exponent() {
        return exponent;
    }

    public String symbol() {
        return symbol;
    }

    public Dimension dimension() {
        return base.dimension();
    }

    public boolean isConvertibleTo(Unit other) {
        return dimension() == other.dimension();
    }

    /** Exact conversion: 5121.61 亿元 → 0.512161 万亿元, 1.5 万吨 → 3000 万斤. */
    public BigDecimal convert(BigDecimal value, Unit target) {
        if (!isConvertibleTo(target)) {
            throw new IncompatibleUnitsException(this, target);
        }
        BigDecimal scaled = value.scaleByPowerOfTen(exponent - target.exponent);
        if (base.factor() == target.base.factor()) {
            return scaled;
        }
        // factors are whole numbers of the smallest unit whose ratios end (2000 = 2⁴ × 5³)
        return scaled.multiply(BigDecimal.valueOf(base.factor()))
                .divide(BigDecimal.valueOf(target.base.factor()))
                .stripTrailingZeros();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Unit other && symbol.equals(other.symbol);
    }

    @Override
    public int hashCode() {
        return Objects.hash(symbol);
    }

    @Override
    public String toString() {
        return symbol;
    }
}
