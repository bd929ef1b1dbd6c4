package org.cityreports.track.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.cityreports.city.entity.City;
import org.cityreports.indicator.entity.Indicator;
import org.cityreports.indicator.entity.IndicatorKind;
import org.cityreports.report.entity.Direction;
import org.cityreports.report.entity.Figure;
import org.cityreports.unit.Decimals;
import org.eclipse.persistence.config.QueryHints;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The published values of one indicator: one per city and year, in its canonical unit. The year is
 * the one a figure describes (its period's end: the 2022 report's annual review gives 2021).
 *
 * <p>What counts: figures of review parts linked to the indicator; for a growth rate that names
 * its level, also the year-on-year change stated beside that level's figures. Left out: plan
 * figures (intentions, not results), averages and totals over several years (年均, 累计), changes
 * against a stated older year ("比2016年"), and units that do not convert. When two published
 * reports give the same city and year, the newer report wins (later reports restate final data),
 * then a figure of the indicator itself over a change beside its level.
 */
@ApplicationScoped
public class IndicatorSeries {

    @PersistenceContext
    EntityManager em;

    /** Every observation of the indicator, by year then city. */
    public List<Observation> of(Indicator indicator) {
        return of(indicator, (City) null);
    }

    /** One city's observations (all cities' when {@code city} is null), by year. */
    public List<Observation> of(Indicator indicator, City city) {
        List<Indicator> linked = new ArrayList<>(List.of(indicator));
        if (indicator.getGrowthOf() != null) {
            linked.add(indicator.getGrowthOf());
        }
        TypedQuery<Figure> query = em.createQuery(
                        "SELECT f FROM Figure f JOIN f.section s JOIN s.report r"
                                + " WHERE r.status = org.cityreports.report.entity.ReportStatus.PUBLISHED"
                                + " AND s.part <> org.cityreports.report.entity.Part.PLAN AND f.indicator IN :linked"
                                + (city == null ? "" : " AND r.city = :city")
                                + " ORDER BY r.year DESC, s.position, f.position",
                        Figure.class)
                .setParameter("linked", linked)
                .setHint(QueryHints.FETCH, "f.section")
                .setHint(QueryHints.FETCH, "f.section.report")
                .setHint(QueryHints.FETCH, "f.section.report.city");
        if (city != null) {
            query.setParameter("city", city);
        }
        List<Figure> figures = query.getResultList();
        return choose(indicator, figures);
    }

    /** The years that have observations, newest first. */
    public static List<Integer> years(List<Observation> observations) {
        return observations.stream()
                .map(Observation::year)
                .distinct()
                .sorted(Comparator.reverseOrder())
                .toList();
    }

    /** Figures newest report first; the first usable one for each city and year is kept. */
    static List<Observation> choose(Indicator indicator, List<Figure> figures) {
        Map<String, Observation> chosen = new LinkedHashMap<>();
        for (boolean fromChange : new boolean[] {false, true}) {
            for (Figure f : figures) {
                Optional<Observation> o = fromChange ? fromChange(indicator, f) : fromValue(indicator, f);
                o.ifPresent(obs -> chosen.merge(
                        obs.city().getSlug() + "/" + obs.year(),
                        obs,
                        (kept, other) ->
                                other.report().getYear() > kept.report().getYear() ? other : kept));
            }
        }
        return chosen.values().stream()
                .sorted(Comparator.comparing(Observation::year)
                        .thenComparing(o -> o.city().getSlug()))
                .toList();
    }

    private static Optional<Observation> fromValue(Indicator indicator, Figure f) {
        if (!indicator.equals(f.getIndicator()) || !f.getUnit().isConvertibleTo(indicator.getUnit())) {
            return Optional.empty();
        }
        boolean oneYear = f.getPeriodStart() == f.getPeriodEnd();
        boolean usable = indicator.getKind() == IndicatorKind.GROWTH_RATE
                ? oneYear && yearOnYear(f)
                : oneYear || f.getBasis() == null; // a level reached by the end of a longer period
        if (!usable) {
            return Optional.empty();
        }
        BigDecimal value = f.getUnit().convert(f.getValue(), indicator.getUnit());
        return Optional.of(observation(indicator, f, signed(indicator, value, f.getDirection()), false));
    }

    private static Optional<Observation> fromChange(Indicator indicator, Figure f) {
        boolean ofLevel =
                indicator.getGrowthOf() != null && indicator.getGrowthOf().equals(f.getIndicator());
        if (!ofLevel
                || f.getChange() == null
                || f.getChange().getValue() == null
                || !f.getChange().getUnit().isConvertibleTo(indicator.getUnit())
                || f.getPeriodStart() != f.getPeriodEnd()
                || !yearOnYear(f)) {
            return Optional.empty();
        }
        BigDecimal value = f.getChange().getUnit().convert(f.getChange().getValue(), indicator.getUnit());
        return Optional.of(
                observation(indicator, f, signed(indicator, value, f.getChange().getDirection()), true));
    }

    private static Observation observation(Indicator indicator, Figure f, BigDecimal value, boolean fromChange) {
        return new Observation(
                f.getSection().getReport().getCity(), f.getPeriodEnd(), Decimals.normalize(value), f, fromChange);
    }

    /** Against the year before, as a bare "增长 11%" is; "比2016年" is not. */
    private static boolean yearOnYear(Figure f) {
        String with = f.getComparedWith();
        return with == null || with.isBlank() || with.contains("同比") || with.contains("上年");
    }

    private static BigDecimal signed(Indicator indicator, BigDecimal value, Direction direction) {
        return indicator.getKind() == IndicatorKind.GROWTH_RATE && direction == Direction.DOWN ? value.negate() : value;
    }
}
