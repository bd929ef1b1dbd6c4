package org.cityreports.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two small decisions of a kept answer: is the visitor's copy current, and may it be gzipped. */
class PublicResponsesTest {

    @Test
    void ifNoneMatchComparesTagsWeaklyInAList() {
        String tag = "W/\"html-zh-1.1-b\"";
        assertTrue(PublicResponses.matches(tag, tag));
        assertTrue(PublicResponses.matches("\"html-zh-1.1-b\"", tag), "weak comparison ignores W/");
        assertTrue(PublicResponses.matches("W/\"other\", W/\"html-zh-1.1-b\"", tag));
        assertTrue(PublicResponses.matches("*", tag));
        assertFalse(PublicResponses.matches(null, tag));
        assertFalse(PublicResponses.matches("W/\"html-en-1.1-b\"", tag), "another language's copy");
        assertFalse(PublicResponses.matches("W/\"html-zh-1.1\"", tag), "a prefix is another tag");
    }

    @Test
    void gzipOnlyWhenTheClientTakesItAndItPays() {
        assertTrue(Gzip.accepted("gzip, deflate, br"));
        assertTrue(Gzip.accepted("br;q=1.0, gzip;q=0.8"));
        assertTrue(Gzip.accepted("*"));
        assertFalse(Gzip.accepted("gzip;q=0"));
        assertFalse(Gzip.accepted("gzip; q=0.0, identity"));
        assertFalse(Gzip.accepted("identity"));
        assertFalse(Gzip.accepted(null));

        byte[] page = "<p>地区生产总值</p>".repeat(200).getBytes(StandardCharsets.UTF_8);
        assertTrue(Gzip.worthIt("text/html;charset=UTF-8", page));
        assertTrue(Gzip.worthIt("application/json", page));
        assertTrue(Gzip.worthIt("text/csv;charset=UTF-8", page));
        assertFalse(Gzip.worthIt("image/png", page), "already compressed");
        assertFalse(Gzip.worthIt("text/html", "<p>短</p>".getBytes(StandardCharsets.UTF_8)), "too small to pay");
        assertTrue(Gzip.of(page).length * 10 < page.length);
    }
}
