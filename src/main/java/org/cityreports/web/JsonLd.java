package org.cityreports.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The glue of the site's linked-data descriptions (schema.org in the pages, DCAT in the catalogue):
 * strings in both languages, the licence the data is offered under, and JSON that may stand in a
 * page's script element.
 */
public final class JsonLd {

    /**
     * The transcriptions are offered for reuse with attribution (the city government's report is the
     * source each figure names); one place to change it.
     */
    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";

    /** Looked up once: Json.createObjectBuilder() looks the provider up on every call (see ScoredFields). */
    private static final JsonProvider JSON = JsonProvider.provider();

    private JsonLd() {}

    public static JsonObjectBuilder object() {
        return JSON.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return JSON.createArrayBuilder();
    }

    /** A text in Chinese and English, each tagged with its language. */
    public static JsonArray bilingual(String zh, String en) {
        return array().add(object().add("@value", zh).add("@language", "zh-CN"))
                .add(object().add("@value", en).add("@language", "en"))
                .build();
    }

    /** A reference to a resource by its IRI (absolute, or relative to the document). */
    public static JsonObjectBuilder id(String iri) {
        return object().add("@id", iri);
    }

    /**
     * A time kept in UTC as the open data write it: "2026-12-02T15:32:00Z", always with seconds
     * (OffsetDateTime.toString() leaves out ":00", which xsd:dateTime and RFC 3339 do not allow).
     */
    public static String dateTime(LocalDateTime utc) {
        return utc.truncatedTo(ChronoUnit.SECONDS)
                .atOffset(ZoneOffset.UTC)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** A typed literal, e.g. an xsd:dateTime. */
    public static JsonObjectBuilder typed(String value, String type) {
        return object().add("@value", value).add("@type", type);
    }

    /**
     * What every schema.org Dataset of the site states first: what it is called and is about, in
     * both languages, its address (also its identifier), that it is free under {@link #LICENSE}, and
     * when it last changed.
     */
    public static JsonObjectBuilder schemaOrgDataset(
            String page, String nameZh, String nameEn, String descriptionZh, String descriptionEn, String modified) {
        return object().add("@context", object().add("@vocab", "https://schema.org/"))
                .add("@type", "Dataset")
                .add("@id", page)
                .add("name", bilingual(nameZh, nameEn))
                .add("description", bilingual(descriptionZh, descriptionEn))
                .add("url", id(page))
                .add("identifier", page)
                .add("isAccessibleForFree", true)
                .add("license", id(LICENSE))
                .add("dateModified", modified);
    }

    /** What every DCAT dataset of the catalogue states first, as {@link #schemaOrgDataset} does. */
    public static JsonObjectBuilder dcatDataset(
            String page, String nameZh, String nameEn, String descriptionZh, String descriptionEn, String modified) {
        return object().add("@id", page)
                .add("@type", "dcat:Dataset")
                .add("dct:title", bilingual(nameZh, nameEn))
                .add("dct:description", bilingual(descriptionZh, descriptionEn))
                .add("dct:identifier", page)
                .add("dct:modified", typed(modified, "xsd:dateTime"))
                .add("dct:license", id(LICENSE))
                .add("dcat:landingPage", id(page));
    }

    /** A span of years, "2017/2026", as a DCAT period of time. */
    public static JsonObjectBuilder period(String years) {
        String[] span = years.split("/");
        return object().add("@type", "dct:PeriodOfTime")
                .add("dcat:startDate", typed(span[0], "xsd:gYear"))
                .add("dcat:endDate", typed(span[span.length - 1], "xsd:gYear"));
    }

    /** A download as a DCAT distribution, e.g. ("…/figures.csv", "text/csv", "CSV"). */
    public static JsonObjectBuilder distribution(String url, String mediaType, String format) {
        return object().add("@type", "dcat:Distribution")
                .add("dcat:accessURL", id(url))
                .add("dcat:downloadURL", id(url))
                .add("dcat:mediaType", id("https://www.iana.org/assignments/media-types/" + mediaType))
                .add("dct:format", format)
                .add("dct:license", id(LICENSE));
    }

    /** A download as a schema.org DataDownload. */
    public static JsonObjectBuilder download(String url, String mediaType) {
        return object().add("@type", "DataDownload").add("contentUrl", id(url)).add("encodingFormat", mediaType);
    }

    /** A Chinese city as a schema.org Place. */
    public static JsonObjectBuilder place(String nameZh, String nameEn, String province) {
        return object().add("@type", "Place")
                .add("name", bilingual(nameZh, nameEn))
                .add(
                        "address",
                        object().add("@type", "PostalAddress")
                                .add("addressRegion", province)
                                .add("addressCountry", "CN"));
    }

    /**
     * For a page's {@code <script type="application/ld+json">}: no text in it can close the element
     * or start markup (the reports' text may hold anything), as JSON's own escapes of {@code < > &}.
     */
    public static String inScript(JsonObject json) {
        return json.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
