package org.cityreports.track.boundary;

import org.cityreports.indicator.entity.Indicator;
import org.cityreports.indicator.entity.IndicatorKind;
import org.cityreports.report.entity.Comparator;
import org.cityreports.report.entity.TargetKind;
import org.cityreports.track.control.Observation;
import org.cityreports.track.control.Progress;
import org.cityreports.track.control.Tracking;

import java.math.BigDecimal;
import java.util.List;

/** The JSON documents of the compare and track API (JSON-B binds these records). */
public final class TrackingJson {

    private TrackingJson() {}

    public record IndicatorJson(
            String code, String nameZh, String nameEn, String unit, IndicatorKind kind, String growthOf) {
        static IndicatorJson of(Indicator i) {
            return new IndicatorJson(
                    i.getCode(),
                    i.getNameZh(),
                    i.getNameEn(),
                    i.getUnit().symbol(),
                    i.getKind(),
                    i.getGrowthOf() == null ? null : i.getGrowthOf().getCode());
        }
    }

    /** A value in the indicator's unit, and the figure of the report it comes from. */
    public record ObservationJson(
            String city,
            String cityNameZh,
            String cityNameEn,
            int year,
            BigDecimal value,
            int reportYear,
            String statedAs,
            String sourceSentence) {
        static ObservationJson of(Observation o) {
            return new ObservationJson(
                    o.city().getSlug(),
                    o.city().getNameZh(),
                    o.city().getNameEn(),
                    o.year(),
                    o.value(),
                    o.report().getYear(),
                    o.statedAs(),
                    o.figure().getSourceSentence());
        }
    }

    public record SeriesJson(IndicatorJson indicator, String unit, List<ObservationJson> observations) {}

    public record CompareJson(IndicatorJson indicator, Integer year, String unit, List<ObservationJson> cities) {}

    public record TargetJson(
            int reportYear,
            String label,
            String indicator,
            TargetKind kind,
            Comparator comparator,
            BigDecimal value,
            BigDecimal high,
            String unit,
            int startYear,
            int endYear,
            Progress.State state,
            ObservationJson latest,
            String sourceSentence) {
        static TargetJson of(Tracking.TrackedTarget tracked) {
            var t = tracked.target();
            var latest = tracked.progress().latest();
            return new TargetJson(
                    t.getSection().getReport().getYear(),
                    t.getLabel(),
                    t.getIndicator() == null ? null : t.getIndicator().getCode(),
                    t.getKind(),
                    t.getComparator(),
                    t.getValue(),
                    t.getHigh(),
                    t.getUnit().symbol(),
                    t.getStartYear(),
                    t.getEndYear(),
                    tracked.progress().state(),
                    latest == null ? null : ObservationJson.of(latest),
                    t.getSourceSentence());
        }
    }
}
