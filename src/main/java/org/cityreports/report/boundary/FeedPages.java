package org.cityreports.report.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.cityreports.city.control.Cities;
import org.cityreports.city.entity.City;
import org.cityreports.report.control.PublishedReports;
import org.cityreports.report.entity.Figure;
import org.cityreports.report.entity.Report;
import org.cityreports.web.JsonLd;
import org.cityreports.web.PublicCaching;
import org.cityreports.web.PublishedState;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Atom feeds of publications, {@code /feed.xml} and one city's {@code /cities/{slug}/feed.xml}: an
 * entry for each revision published (a correction is a new entry), newest first, with its headline
 * figures. Written with the JDK's StAX writer, which escapes what the reports say.
 */
@Path("")
@RequestScoped
@Produces(FeedPages.ATOM)
public class FeedPages {

    static final String ATOM = "application/atom+xml;charset=UTF-8";
    private static final String NAMESPACE = "http://www.w3.org/2005/Atom";
    /** A reader polls for what is new: the last fifty publications are plenty. */
    private static final int ENTRIES = 50;

    @Inject
    PublishedState published;

    @Inject
    PublishedReports reports;

    @Inject
    Cities cities;

    @Context
    UriInfo uri;

    @GET
    @Path("feed.xml")
    public Response all(@Context Request request, @Context SecurityContext security) {
        return feed(null, request, security);
    }

    @GET
    @Path("cities/{slug}/feed.xml")
    public Response ofCity(
            @PathParam("slug") String slug, @Context Request request, @Context SecurityContext security) {
        return feed(cities.bySlug(slug), request, security);
    }

    private Response feed(City city, Request request, SecurityContext security) {
        EntityTag tag = PublicCaching.tag("feed-" + (city == null ? "all" : city.getSlug()), published.stamp());
        return PublicCaching.respondWith(request, security, tag, () -> Response.ok(write(city), ATOM));
    }

    private byte[] write(City city) {
        List<Report> entries = reports.publications(city, ENTRIES);
        Map<Long, List<Figure>> headlines = reports.headlinesOf(entries);
        URI base = uri.getBaseUri();
        String self = base.resolve(city == null ? "feed.xml" : "cities/" + city.getSlug() + "/feed.xml")
                .toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "zh-CN");
            element(xml, "id", self);
            element(xml, "title", city == null ? "城市政府工作报告:新发布的报告" : city.getNameZh() + "政府工作报告:新发布的报告");
            link(xml, "self", self, "application/atom+xml");
            link(
                    xml,
                    "alternate",
                    base.resolve(city == null ? "" : "cities/" + city.getSlug()).toString(),
                    "text/html");
            element(
                    xml,
                    "updated",
                    entries.isEmpty()
                            ? JsonLd.dateTime(LocalDateTime.of(2000, 1, 1, 0, 0))
                            : JsonLd.dateTime(entries.get(0).getPublishedAt()));
            xml.writeStartElement("author");
            element(xml, "name", "城市政府工作报告");
            xml.writeEndElement();
            for (Report report : entries) {
                entry(xml, base, report, headlines.getOrDefault(report.getId(), List.of()));
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the feed", e);
        }
        return out.toByteArray();
    }

    private static void entry(XMLStreamWriter xml, URI base, Report report, List<Figure> headlines)
            throws XMLStreamException {
        String page = base.resolve("cities/" + report.getCity().getSlug() + "/" + report.getYear())
                .toString();
        xml.writeStartElement("entry");
        // one entry per revision: a correction is news of its own
        element(xml, "id", page + "?revision=" + report.getRevision());
        String title = report.getCity().getNameZh() + " " + report.getYear() + " 年政府工作报告";
        element(xml, "title", report.getRevision() == 1 ? title : title + "(修订版 " + report.getRevision() + ")");
        link(xml, "alternate", page, "text/html");
        link(
                xml,
                "related",
                base.resolve("api/v1/cities/" + report.getCity().getSlug() + "/reports/" + report.getYear())
                        .toString(),
                "application/json");
        element(xml, "updated", JsonLd.dateTime(report.getPublishedAt()));
        element(
                xml,
                "summary",
                headlines.isEmpty()
                        ? report.getTitle()
                        : headlines.stream()
                                .map(f -> f.getLabel() + " " + f.getValue().toPlainString() + " "
                                        + f.getUnit().symbol())
                                .collect(Collectors.joining(";")));
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
