package org.cityreports.track.boundary;

import org.cityreports.indicator.entity.Indicator;
import org.cityreports.track.control.Observation;

import java.util.Arrays;
import java.util.List;

/** The rows of the compare and series downloads: one observation a row, with where it comes from. */
final class TrackCsv {

    static final List<String> OBSERVATION_COLUMNS = List.of(
            "indicator",
            "city",
            "city_name_zh",
            "city_name_en",
            "year",
            "value",
            "unit",
            "report_year",
            "stated_as",
            "source_sentence");

    private TrackCsv() {}

    static List<List<Object>> rows(Indicator indicator, List<Observation> observations) {
        return observations.stream()
                .map(o -> Arrays.<Object>asList(
                        indicator.getCode(),
                        o.city().getSlug(),
                        o.city().getNameZh(),
                        o.city().getNameEn(),
                        o.year(),
                        o.value(),
                        indicator.getUnit(),
                        o.report().getYear(),
                        o.statedAs(),
                        o.figure().getSourceSentence()))
                .toList();
    }
}
