package org.cityreports.track.control;

import org.cityreports.city.entity.City;
import org.cityreports.report.entity.Figure;
import org.cityreports.report.entity.Report;

import java.math.BigDecimal;

/**
 * One city's value of an indicator for one year, in the indicator's canonical unit, and the
 * published figure it comes from (its value, or for a growth rate maybe the change stated beside a
 * level: "2311 亿元、增长 11%").
 *
 * @param value signed: a fall of a growth-rate indicator is negative
 */
public record Observation(City city, int year, BigDecimal value, Figure figure, boolean fromChange) {

    public Report report() {
        return figure.getSection().getReport();
    }

    /** The value as the report wrote it (for the source column). */
    public String statedAs() {
        if (fromChange) {
            return figure.getChange().getValue().toPlainString() + " "
                    + figure.getChange().getUnit();
        }
        return figure.getValue().toPlainString() + " " + figure.getUnit();
    }
}
