package org.cityreports.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of response carries the security headers: pages, the API, static files, errors. */
class SecurityHeadersIT extends DeployedWar {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/cities/taiyuan/2022",
                "/api/v1/cities",
                "/static/css/site.css",
                "/no-such-page",
                "/api/v1/cities/nowhere",
                "/staff/login"
            })
    void everyResponseForbidsFramingSniffingAndForeignScripts(String path) {
        HttpResponse<String> response = Http.get(base, path);
        Map<String, java.util.List<String>> headers = response.headers().map();
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'self'"), path + ": " + headers);
        assertTrue(csp.contains("frame-ancestors 'none'"), path);
        assertFalse(csp.contains("unsafe-inline"), path);
        assertEquals(
                "nosniff",
                response.headers().firstValue("X-Content-Type-Options").orElse(""),
                path);
        assertEquals(
                "same-origin", response.headers().firstValue("Referrer-Policy").orElse(""), path);
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""), path);
        assertEquals(
                "1; mode=block",
                response.headers().firstValue("X-XSS-Protection").orElse(""),
                path);
        assertEquals(
                "max-age=31536000",
                response.headers().firstValue("Strict-Transport-Security").orElse(""),
                path + ": also over HTTP, for a proxy that ends TLS before us");
    }
}
