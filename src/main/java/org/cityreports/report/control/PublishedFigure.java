package org.cityreports.report.control;

import org.cityreports.indicator.entity.Indicator;
import org.cityreports.report.entity.Direction;
import org.cityreports.report.entity.Figure;
import org.cityreports.report.entity.Part;
import org.cityreports.report.entity.Qualifier;
import org.cityreports.report.entity.Report;
import org.cityreports.unit.Unit;

import java.math.BigDecimal;

/**
 * What the checks read of a published figure around the report they check: columns of a query, not
 * an entity, because a check reads thousands of them (the other cities of a year).
 *
 * @param city the city's key ({@link #cityKey})
 */
public record PublishedFigure(
        String city,
        int reportYear,
        Part part,
        Indicator indicator,
        BigDecimal value,
        Unit unit,
        Direction direction,
        Qualifier qualifier,
        int periodStart,
        int periodEnd) {

    /** How figures name their city: by id when stored, by slug before (in tests, made in memory). */
    static String cityKey(Long id, String slug) {
        return id != null ? "#" + id : slug;
    }

    static String cityOf(Report report) {
        return cityKey(report.getCity().getId(), report.getCity().getSlug());
    }

    static PublishedFigure of(Figure f) {
        return new PublishedFigure(
                cityOf(f.getSection().getReport()),
                f.getSection().getReport().getYear(),
                f.getSection().getPart(),
                f.getIndicator(),
                f.getValue(),
                f.getUnit(),
                f.getDirection(),
                f.getQualifier(),
                f.getPeriodStart(),
                f.getPeriodEnd());
    }

    String shown() {
        return value.stripTrailingZeros().toPlainString() + " " + unit.symbol();
    }
}
