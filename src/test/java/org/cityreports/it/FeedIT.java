package org.cityreports.it;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Atom feeds of publications: every site's and each city's, read as a feed reader reads them. */
class FeedIT extends DeployedWar {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Test
    void theSiteFeedHasAnEntryForEachSeedWithItsHeadlineFigures() throws Exception {
        HttpResponse<String> response = Http.get(base, "/feed.xml");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        Element feed = atom(response).getDocumentElement();
        assertEquals("feed", feed.getLocalName());
        assertEquals(ATOM, feed.getNamespaceURI());
        for (String required : List.of("id", "title", "updated", "author")) {
            assertFalse(children(feed, required).isEmpty(), "a feed has its " + required);
        }
        Element taiyuan = entries(feed).stream()
                .filter(e -> link(e, "alternate").endsWith("/cities/taiyuan/2022"))
                .findFirst()
                .orElseThrow();
        assertEquals("太原 2022 年政府工作报告", text(taiyuan, "title"));
        assertTrue(text(taiyuan, "summary").contains("地区生产总值 5121.61 亿元"), text(taiyuan, "summary"));
        OffsetDateTime.parse(text(taiyuan, "updated"));
        assertTrue(link(taiyuan, "related").endsWith("/api/v1/cities/taiyuan/reports/2022"));

        String home = Http.getChinese(base, "/").body();
        assertTrue(home.contains("type=\"application/atom+xml\""), "readers find the feed from any page");
        assertEquals(
                304,
                Http.get(
                                base,
                                "/feed.xml",
                                "If-None-Match",
                                response.headers().firstValue("ETag").orElseThrow())
                        .statusCode(),
                "unchanged until the next publication");
        assertEquals(404, Http.get(base, "/cities/no-such-city/feed.xml").statusCode());
    }

    @Test
    void aCityFeedShowsEachPublicationAtOnceACorrectionAsANewEntry() throws Exception {
        NewCity team = NewCity.withStaff(base, "fd");
        String feedPath = "/cities/" + team.slug() + "/feed.xml";
        assertTrue(entries(atom(Http.get(base, feedPath)).getDocumentElement()).isEmpty(), "nothing published yet");

        StaffClient editor = team.editor();
        String report = team.draftWithFigure(
                2024,
                Map.of(
                        "label",
                        "地区生产总值",
                        "value",
                        "880",
                        "unit",
                        "亿元",
                        "sourceSentence",
                        "地区生产总值 880 亿元。",
                        "headline",
                        "true"));
        StaffClient.publish(editor, team.reviewer(), report);
        List<Element> entries = entries(atom(Http.get(base, feedPath)).getDocumentElement());
        assertEquals(1, entries.size());
        assertTrue(text(entries.get(0), "summary").contains("地区生产总值 880 亿元"), text(entries.get(0), "summary"));

        editor.get(report);
        String draft = StaffClient.location(editor.post(report + "/revise", Map.of()));
        StaffClient.publish(editor, team.reviewer(), draft);
        entries = entries(atom(Http.get(base, feedPath)).getDocumentElement());
        assertEquals(2, entries.size(), "the first publication stays, the correction is news of its own");
        assertTrue(text(entries.get(0), "title").contains("修订版 2"), "newest first: " + text(entries.get(0), "title"));
        assertFalse(text(entries.get(0), "id").equals(text(entries.get(1), "id")), "each entry its own id");
        List<Element> everyone = entries(atom(Http.get(base, "/feed.xml")).getDocumentElement());
        String title = "测试市" + team.slug() + " 2024 年政府工作报告(修订版 2)";
        assertTrue(everyone.stream().anyMatch(e -> text(e, "title").equals(title)), "the site feed has it too");
    }

    private static Document atom(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> entries(Element feed) {
        return children(feed, "entry");
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getParentNode() == parent) {
                found.add((Element) nodes.item(i));
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        return children(parent, name).get(0).getTextContent();
    }

    private static String link(Element entry, String rel) {
        return children(entry, "link").stream()
                .filter(l -> l.getAttribute("rel").equals(rel))
                .map(l -> l.getAttribute("href"))
                .findFirst()
                .orElse("");
    }
}
