package org.cityreports.web;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonLdTest {

    @Test
    void aTimeHasItsSecondsEvenWhenTheyAreNought() {
        // OffsetDateTime.toString() writes 15:32Z, which xsd:dateTime refuses (a harvester would drop it)
        assertEquals("2026-12-02T15:32:00Z", JsonLd.dateTime(LocalDateTime.of(2026, 12, 2, 15, 32)));
        assertEquals("2026-12-02T15:32:07Z", JsonLd.dateTime(LocalDateTime.of(2026, 12, 2, 15, 32, 7, 486_199_014)));
    }

    @Test
    void textInAScriptElementCannotCloseItOrStartMarkup() {
        String json = JsonLd.inScript(
                Json.createObjectBuilder().add("name", "指标</script><b>&amp;").build());
        assertEquals("{\"name\":\"指标\\u003c/script\\u003e\\u003cb\\u003e\\u0026amp;\"}", json);
    }
}
