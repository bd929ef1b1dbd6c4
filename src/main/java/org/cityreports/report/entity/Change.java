package org.cityreports.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.DecimalMin;
import org.cityreports.unit.Decimals;
import org.cityreports.unit.Unit;

import java.math.BigDecimal;

/** A change stated beside a level: "1873.9 亿元、增长 13.2%". */
@Embeddable
public class Change {

    @DecimalMin("0")
    @Column(name = "CHANGE_VALUE", precision = 24, scale = 8)
    private BigDecimal value;

    @Column(name = "CHANGE_UNIT", length = 16)
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "CHANGE_DIRECTION", length = 8)
    private Direction direction;

    protected Change() {
        // for JPA
    }

    public Change(BigDecimal value, Unit unit, Direction direction) {
        this.value = value;
        this.unit = unit;
        this.direction = direction;
    }

    public BigDecimal getValue() {
        return Decimals.normalize(value);
    }

    public Unit getUnit() {
        return unit;
    }

    public Direction getDirection() {
        return direction;
    }
}
