package org.cityreports.track.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.cityreports.city.entity.City;
import org.cityreports.indicator.entity.Indicator;
import org.cityreports.track.control.Observation;
import org.cityreports.web.JsonLd;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One indicator across cities and years as a dataset: its page's schema.org {@code Dataset} and its
 * DCAT {@code dcat:Dataset} in the catalogue. Only an indicator with observations is one.
 *
 * @param base the site's address ("https://example.org/"), or "/" for addresses relative to the page
 */
public record IndicatorDataset(Indicator indicator, List<Observation> observations, String base) {

    public IndicatorDataset {
        if (observations.isEmpty()) {
            throw new IllegalArgumentException("An indicator without observations is no dataset");
        }
    }

    public String page() {
        return base + "indicators/" + indicator.getCode();
    }

    private String csv() {
        return page() + "/series.csv";
    }

    private String json() {
        return base + "api/v1/indicators/" + indicator.getCode() + "/series";
    }

    private String nameZh() {
        return indicator.getNameZh() + ":各市历年数据";
    }

    private String nameEn() {
        return indicator.getNameEn() + ": each city, year by year";
    }

    private String descriptionZh() {
        return "各市政府工作报告中的" + indicator.getNameZh() + "(" + indicator.getUnit().symbol() + "),按城市和年份排列,每个数值附报告原文和出处。";
    }

    private String descriptionEn() {
        return indicator.getNameEn() + " (" + indicator.getUnit().symbol()
                + ") as the cities' government work reports state it, by city and year, each value with the"
                + " sentence and report it comes from.";
    }

    private String years() {
        int first = observations.stream().mapToInt(Observation::year).min().orElseThrow();
        int last = observations.stream().mapToInt(Observation::year).max().orElseThrow();
        return first + "/" + last;
    }

    private String modified() {
        return JsonLd.dateTime(observations.stream()
                .map(o -> o.report().getPublishedAt())
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(LocalDateTime.of(2000, 1, 1, 0, 0)));
    }

    private List<City> cities() {
        return observations.stream()
                .map(Observation::city)
                .distinct()
                .sorted(Comparator.comparing(City::getSlug))
                .toList();
    }

    public JsonObject schemaOrg() {
        JsonArrayBuilder places = JsonLd.array();
        cities().forEach(c -> places.add(JsonLd.place(c.getNameZh(), c.getNameEn(), c.getProvince())));
        return JsonLd.schemaOrgDataset(page(), nameZh(), nameEn(), descriptionZh(), descriptionEn(), modified())
                .add("temporalCoverage", years())
                .add("spatialCoverage", places)
                .add(
                        "variableMeasured",
                        JsonLd.object()
                                .add("@type", "PropertyValue")
                                .add("name", JsonLd.bilingual(indicator.getNameZh(), indicator.getNameEn()))
                                .add("unitText", indicator.getUnit().symbol()))
                .add(
                        "distribution",
                        JsonLd.array()
                                .add(JsonLd.download(csv(), "text/csv"))
                                .add(JsonLd.download(json(), "application/json")))
                .build();
    }

    public JsonObject dcat() {
        JsonArrayBuilder spatial = JsonLd.array();
        cities().forEach(c -> spatial.add(JsonLd.object()
                .add("@type", "dct:Location")
                .add("skos:prefLabel", JsonLd.bilingual(c.getNameZh(), c.getNameEn()))));
        return JsonLd.dcatDataset(page(), nameZh(), nameEn(), descriptionZh(), descriptionEn(), modified())
                .add("dct:spatial", spatial)
                .add("dct:temporal", JsonLd.period(years()))
                .add("dcat:keyword", JsonLd.array().add(indicator.getNameZh()).add(indicator.getNameEn()))
                .add(
                        "dcat:distribution",
                        JsonLd.array()
                                .add(JsonLd.distribution(csv(), "text/csv", "CSV"))
                                .add(JsonLd.distribution(json(), "application/json", "JSON")))
                .build();
    }
}
