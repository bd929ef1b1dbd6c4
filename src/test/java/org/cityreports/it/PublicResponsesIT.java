package org.cityreports.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the public reads is kept whole after its first request and answered from memory (the
 * {@code Server-Timing: kept} header says so) until something published changes; visitors get no
 * session, staff never get a kept page, and a publication shows on the very next request.
 */
class PublicResponsesIT extends DeployedWar {

    /** Every kind of public GET: pages, CSV, JSON, feeds, catalogue and dictionary. */
    static final List<String> PUBLIC = List.of(
            "/",
            "/cities/taiyuan",
            "/cities/taiyuan/2022",
            "/cities/taiyuan/2022/revisions/1",
            "/cities/taiyuan/2022/figures.csv",
            "/cities/taiyuan/2022/corrections.csv",
            "/cities/taiyuan/2022/figures.csv-metadata.json",
            "/cities/taiyuan/targets",
            "/cities/taiyuan/targets/data.csv",
            "/cities/taiyuan/feed.xml",
            "/feed.xml",
            "/indicators",
            "/indicators/gdp",
            "/indicators/gdp/series.csv",
            "/compare",
            "/compare?indicator=gdp",
            "/compare/data.csv?indicator=gdp",
            "/catalog.jsonld",
            "/data-dictionary",
            "/api/v1/cities",
            "/api/v1/cities/taiyuan",
            "/api/v1/cities/taiyuan/reports/2022",
            "/api/v1/cities/taiyuan/targets",
            "/api/v1/indicators",
            "/api/v1/indicators/gdp/series",
            "/api/v1/compare?indicator=gdp",
            "/api/v1/openapi.json");

    @Test
    void everyPublicGetIsKeptAndAnsweredAgainWholeWithoutASession() {
        for (String path : PUBLIC) {
            HttpResponse<String> first = Http.get(base, path);
            assertEquals(200, first.statusCode(), path);
            HttpResponse<String> again = Http.get(base, path);
            assertEquals(200, again.statusCode(), path);
            assertTrue(kept(again), path + " is kept after its first request");
            assertEquals(first.body(), again.body(), path);
            for (String header : List.of("Content-Type", "ETag", "Cache-Control", "Content-Security-Policy")) {
                assertEquals(first.headers().allValues(header), again.headers().allValues(header), path + " " + header);
            }
            for (HttpResponse<String> response : List.of(first, again)) {
                assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), path + ": no session for visitors");
            }
            HttpResponse<String> revalidated = Http.get(
                    base,
                    path,
                    "If-None-Match",
                    again.headers().firstValue("ETag").orElseThrow());
            assertEquals(304, revalidated.statusCode(), path);
            assertTrue(kept(revalidated), path);
            assertEquals("", revalidated.body());
        }
    }

    @Test
    void eachLanguageAndAddressIsKeptApart() {
        for (int i = 0; i < 2; i++) {
            String english = Http.get(base, "/cities/taiyuan/2022", "Accept-Language", "en")
                    .body();
            String chinese = Http.getChinese(base, "/cities/taiyuan/2022").body();
            assertTrue(english.contains("<html lang=\"en\""), english.substring(0, 200));
            assertTrue(chinese.contains("<html lang=\"zh"), chinese.substring(0, 200));
            assertTrue(Http.getChinese(base, "/cities/changzhi/2022").body().contains("长治"));
        }
    }

    @Test
    void signedInStaffAreNeverAnsweredFromWhatIsKept() {
        Http.get(base, "/cities/taiyuan/2022");
        StaffClient admin = new StaffClient(base).signInAsAdmin();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> page = admin.get("/cities/taiyuan/2022");
            assertEquals(200, page.statusCode());
            assertFalse(kept(page));
            assertTrue(page.headers().firstValue("Cache-Control").orElse("").startsWith("private"));
            assertTrue(page.body().contains("name=\"_csrf\""), "the staff menu's sign-out form");
        }
    }

    @Test
    void aPublicationShowsOnTheNextRequest() {
        NewCity team = NewCity.withStaff(base, "kp");
        Http.get(base, "/");
        assertTrue(kept(Http.get(base, "/")));
        assertFalse(Http.get(base, "/api/v1/cities/" + team.slug()).body().contains("\"year\":2025"));
        String report = team.draftWithFigure(
                2025, Map.of("label", "地区生产总值", "value", "910", "unit", "亿元", "sourceSentence", "地区生产总值 910 亿元。"));
        StaffClient.publish(team.editor(), team.reviewer(), report);

        HttpResponse<String> home = Http.get(base, "/");
        assertFalse(kept(home), "rendered anew after the publication");
        assertTrue(home.body().contains("/cities/" + team.slug()), "the new city's report is on the home page");
        assertTrue(Http.get(base, "/api/v1/cities/" + team.slug()).body().contains("\"year\":2025"));
        assertEquals(200, Http.get(base, "/cities/" + team.slug() + "/2025").statusCode());
    }

    private static boolean kept(HttpResponse<?> response) {
        return response.headers().allValues("Server-Timing").contains("kept");
    }
}
