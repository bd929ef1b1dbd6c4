package org.cityreports.report.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.cityreports.city.entity.City;
import org.cityreports.report.control.PublishedReports;
import org.cityreports.report.entity.Figure;
import org.cityreports.report.entity.Report;
import org.cityreports.web.JsonLd;

import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A published report as a dataset: its page's schema.org {@code Dataset} (what search engines read)
 * and its DCAT {@code dcat:Dataset} in the catalogue (what open-data portals harvest). Both name the
 * same downloads, coverage and licence.
 *
 * @param base the site's address ("https://example.org/"), or "/" for addresses relative to the page
 * @param years the years its figures and targets speak of, "2017/2026"
 * @param headlines its headline figures: their labels are its keywords
 */
public record ReportDataset(Report report, String base, String years, List<Figure> headlines) {

    /** For the report's own page, with the whole report loaded. */
    public static ReportDataset ofPage(Report report) {
        IntSummaryStatistics span = Stream.concat(
                        report.figures().flatMap(f -> IntStream.of(f.getPeriodStart(), f.getPeriodEnd())
                                .boxed()),
                        report.targets().stream().flatMap(t -> IntStream.of(t.getStartYear(), t.getEndYear())
                                .boxed()))
                .mapToInt(Integer::intValue)
                .summaryStatistics();
        return new ReportDataset(report, "/", PublishedReports.span(span), report.headlineFigures());
    }

    public String page() {
        return base + "cities/" + report.getCity().getSlug() + "/" + report.getYear();
    }

    public String csv() {
        return page() + "/figures.csv";
    }

    public String json() {
        return base + "api/v1/cities/" + report.getCity().getSlug() + "/reports/" + report.getYear();
    }

    private String nameZh() {
        return report.getCity().getNameZh() + " " + report.getYear() + " 年政府工作报告中的数据";
    }

    private String nameEn() {
        return report.getCity().getNameEn() + ": figures of the " + report.getYear() + " government work report";
    }

    private String descriptionZh() {
        return report.getCity().getNameZh() + "市人民政府 " + report.getYear()
                + " 年政府工作报告中的数据和目标:上一年和过去五年的回顾与今后的目标任务,每个数据附单位、变化、排名和报告原文。";
    }

    private String descriptionEn() {
        return "The figures and targets of the " + report.getYear() + " government work report of "
                + report.getCity().getNameEn()
                + ": the review of the past year and five years and the targets ahead, each with its unit,"
                + " change, rank and the sentence of the report it comes from.";
    }

    private String modified() {
        return JsonLd.dateTime(report.getPublishedAt());
    }

    /** schema.org, for the report's page. */
    public JsonObject schemaOrg() {
        City city = report.getCity();
        return JsonLd.schemaOrgDataset(page(), nameZh(), nameEn(), descriptionZh(), descriptionEn(), modified())
                .add("inLanguage", "zh-CN")
                .add("spatialCoverage", JsonLd.place(city.getNameZh(), city.getNameEn(), city.getProvince()))
                .add(
                        "creator",
                        JsonLd.object().add("@type", "GovernmentOrganization").add("name", city.getNameZh() + "市人民政府"))
                .add("keywords", keywords())
                .add(
                        "distribution",
                        JsonLd.array()
                                .add(JsonLd.download(csv(), "text/csv"))
                                .add(JsonLd.download(json(), "application/json")))
                .addAll(years.isEmpty() ? JsonLd.object() : JsonLd.object().add("temporalCoverage", years))
                .build();
    }

    /** The report's headline labels: what people look for in it. */
    private JsonArrayBuilder keywords() {
        JsonArrayBuilder keywords =
                JsonLd.array().add("政府工作报告").add(report.getCity().getNameZh());
        headlines.stream().map(Figure::getLabel).distinct().forEach(keywords::add);
        return keywords;
    }

    /** DCAT (DCAT-AP style), for the catalogue; the context is the catalogue's. */
    public JsonObject dcat() {
        City city = report.getCity();
        return JsonLd.dcatDataset(page(), nameZh(), nameEn(), descriptionZh(), descriptionEn(), modified())
                .add("dct:language", JsonLd.id("http://publications.europa.eu/resource/authority/language/ZHO"))
                .add(
                        "dct:publisher",
                        JsonLd.object().add("@type", "foaf:Agent").add("foaf:name", city.getNameZh() + "市人民政府"))
                .add(
                        "dct:spatial",
                        JsonLd.object()
                                .add("@type", "dct:Location")
                                .add("skos:prefLabel", JsonLd.bilingual(city.getNameZh(), city.getNameEn())))
                .add("dcat:keyword", keywords())
                .add(
                        "dcat:distribution",
                        JsonLd.array()
                                .add(JsonLd.distribution(csv(), "text/csv", "CSV"))
                                .add(JsonLd.distribution(json(), "application/json", "JSON")))
                .addAll(years.isEmpty() ? JsonLd.object() : JsonLd.object().add("dct:temporal", JsonLd.period(years)))
                .build();
    }
}
