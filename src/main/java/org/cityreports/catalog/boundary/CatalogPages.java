package org.cityreports.catalog.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.cityreports.indicator.control.Indicators;
import org.cityreports.indicator.entity.Indicator;
import org.cityreports.report.boundary.ReportDataset;
import org.cityreports.report.control.PublishedReports;
import org.cityreports.report.entity.Figure;
import org.cityreports.report.entity.Report;
import org.cityreports.track.boundary.IndicatorDataset;
import org.cityreports.track.control.Observation;
import org.cityreports.track.control.Tracking;
import org.cityreports.web.JsonLd;
import org.cityreports.web.PublicCaching;
import org.cityreports.web.PublishedState;

import java.util.List;
import java.util.Map;

/**
 * {@code /catalog.jsonld}: a DCAT catalogue (DCAT-AP style, in JSON-LD) of every published report
 * and every indicator with figures, each with its landing page, CSV and JSON, so that a CKAN
 * instance with ckanext-dcat (or any DCAT harvester) can list them. Addresses are absolute: a
 * harvester keeps them apart from this document.
 */
@Path("catalog.jsonld")
@RequestScoped
public class CatalogPages {

    static final String MEDIA_TYPE = "application/ld+json;charset=UTF-8";

    @Inject
    PublishedState published;

    @Inject
    PublishedReports reports;

    @Inject
    Indicators indicators;

    @Inject
    Tracking tracking;

    @Context
    UriInfo uri;

    @GET
    @Produces(MEDIA_TYPE)
    public Response catalog(@Context Request request, @Context SecurityContext security) {
        String base = uri.getBaseUri().toString();
        // the addresses are the host's: one tag per host and state of the data
        EntityTag tag = PublicCaching.tag("catalog-" + Integer.toHexString(base.hashCode()), published.stamp());
        return PublicCaching.respondWith(
                request, security, tag, () -> Response.ok(catalog(base).toString(), MEDIA_TYPE));
    }

    private JsonObject catalog(String base) {
        List<Report> published = reports.all();
        Map<Long, List<Figure>> headlines = reports.headlinesOf(published);
        Map<Long, String> years = reports.yearSpans();
        JsonArrayBuilder datasets = JsonLd.array();
        for (Report report : published) {
            datasets.add(new ReportDataset(
                            report,
                            base,
                            years.getOrDefault(report.getId(), ""),
                            headlines.getOrDefault(report.getId(), List.of()))
                    .dcat());
        }
        for (Indicator indicator : indicators.all()) {
            List<Observation> observations = tracking.series(indicator);
            if (!observations.isEmpty()) {
                datasets.add(new IndicatorDataset(indicator, observations, base).dcat());
            }
        }
        return JsonLd.object()
                .add(
                        "@context",
                        JsonLd.object()
                                .add("dcat", "http://www.w3.org/ns/dcat#")
                                .add("dct", "http://purl.org/dc/terms/")
                                .add("foaf", "http://xmlns.com/foaf/0.1/")
                                .add("skos", "http://www.w3.org/2004/02/skos/core#")
                                .add("xsd", "http://www.w3.org/2001/XMLSchema#"))
                .add("@id", base + "catalog.jsonld")
                .add("@type", "dcat:Catalog")
                .add("dct:title", JsonLd.bilingual("城市政府工作报告数据目录", "City government work reports: data catalogue"))
                .add(
                        "dct:description",
                        JsonLd.bilingual(
                                "各市政府工作报告中的数据和目标,按报告和按指标整理,附 CSV 和 JSON 下载。",
                                "The figures and targets of Chinese cities' government work reports, by report and by"
                                        + " indicator, with CSV and JSON downloads."))
                .add("dct:publisher", JsonLd.object().add("@type", "foaf:Agent").add("foaf:name", "城市政府工作报告"))
                .add("dct:license", JsonLd.id(JsonLd.LICENSE))
                .add("foaf:homepage", JsonLd.id(base))
                .add("dcat:dataset", datasets)
                .build();
    }
}
