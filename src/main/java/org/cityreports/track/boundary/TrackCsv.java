package org.cityreports.track.boundary;

import org.cityreports.indicator.entity.Indicator;
import org.cityreports.track.control.Observation;
import org.cityreports.web.CsvTable;

import java.util.Arrays;
import java.util.List;

/** The rows of the compare and series downloads: one observation a row, with where it comes from. */
public final class TrackCsv {

    /** One indicator's observations (series and compare), as the downloads write them. */
    public static final CsvTable OBSERVATIONS = CsvTable.of(
            "observations",
            CsvTable.text("indicator"),
            CsvTable.text("city"),
            CsvTable.text("city_name_zh"),
            CsvTable.text("city_name_en"),
            CsvTable.integer("year"),
            CsvTable.decimal("value"),
            CsvTable.text("unit"),
            CsvTable.integer("report_year"),
            CsvTable.text("stated_as"),
            CsvTable.text("source_sentence"));

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
