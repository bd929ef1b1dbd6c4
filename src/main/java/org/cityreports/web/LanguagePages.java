package org.cityreports.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;

/**
 * {@code /language?to=en}: the reader's choice of language, kept in a cookie for a year (it wins
 * over the browser's Accept-Language, see {@link RequestLocale}), then back to the page they were
 * reading. The way back is the Referer — sent for same-origin links under our Referrer-Policy —
 * and only when it is one of our own pages.
 */
@Path("language")
public class LanguagePages {

    static final String COOKIE = "lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @GET
    public Response choose(@QueryParam("to") String language, @Context HttpHeaders headers, @Context UriInfo uri) {
        if (language == null || !RequestLocale.SUPPORTED_LANGUAGES.contains(language)) {
            throw new jakarta.ws.rs.BadRequestException("Languages: " + RequestLocale.SUPPORTED_LANGUAGES);
        }
        NewCookie cookie = new NewCookie.Builder(COOKIE)
                .value(language)
                .path("/")
                .maxAge(ONE_YEAR)
                .sameSite(NewCookie.SameSite.LAX)
                .httpOnly(true)
                .build();
        return Response.seeOther(back(headers.getHeaderString("Referer"), uri.getBaseUri()))
                .cookie(cookie)
                .build();
    }

    /** The page the reader came from, if it is ours; else the home page. */
    static URI back(String referer, URI base) {
        if (referer != null) {
            try {
                URI from = URI.create(referer);
                if (base.getHost() != null
                        && base.getHost().equalsIgnoreCase(from.getHost())
                        && base.getPort() == from.getPort()
                        && from.getRawPath() != null
                        && !from.getRawPath().startsWith("/language")) {
                    return URI.create(from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery()));
                }
            } catch (IllegalArgumentException e) {
                // not a URI: go home
            }
        }
        return base;
    }
}
