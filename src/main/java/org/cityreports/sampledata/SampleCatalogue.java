package org.cityreports.sampledata;

import java.util.List;

/** {@code sample-data/catalogue.json}: the cities, indicators and report files of the sample data. */
public class SampleCatalogue {
    public List<CityEntry> cities = List.of();
    public List<IndicatorEntry> indicators = List.of();
    public List<String> reports = List.of();

    public static class CityEntry {
        public String slug;
        public String nameZh;
        public String nameEn;
        public String province;
    }

    public static class IndicatorEntry {
        public String code;
        public String nameZh;
        public String nameEn;
        public String unit;
        public String kind;
        /** The code of the level this growth rate is of, listed before it. */
        public String growthOf;
    }
}
