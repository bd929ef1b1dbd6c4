package org.cityreports.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.glassfish.jersey.server.mvc.Viewable;

import java.util.HashMap;
import java.util.Map;

/** One place that turns a failure into what the client reads: JSON under /api, a page elsewhere. */
final class ErrorResponses {

    /** The body of every API error. */
    public record ApiError(int status, String message, String correlationId) {}

    private ErrorResponses() {}

    static Response of(UriInfo uri, int status, String message, String correlationId) {
        return of(uri, status, message, correlationId, null);
    }

    /** @param messageKey what the page says instead of the status's general message, if not null */
    static Response of(UriInfo uri, int status, String message, String correlationId, String messageKey) {
        if (isApi(uri)) {
            return Response.status(status)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(status, message, correlationId))
                    .build();
        }
        Map<String, Object> model = new HashMap<>();
        model.put("status", status);
        model.put("correlationId", correlationId);
        model.put("messageKey", messageKey);
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(new Viewable("/error/page", model))
                .build();
    }

    private static boolean isApi(UriInfo uri) {
        return uri != null && uri.getPath().startsWith("api/");
    }
}
