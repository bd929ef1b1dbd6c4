package org.cityreports.web;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;
import org.glassfish.jersey.server.ContainerRequest;

import java.net.URI;
import java.util.Set;

/**
 * Refuses any state-changing request (POST, PUT, PATCH, DELETE) that another site could have made:
 * one that says it comes from another origin, or a form without this session's CSRF token.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class CsrfFilter implements ContainerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return;
        }
        if (fromAnotherSite(request)) {
            throw new ForbiddenException("Cross-site request refused");
        }
        if (!CsrfToken.matches(servletRequest, submittedToken(request))) {
            throw new ForbiddenException("Missing or wrong CSRF token");
        }
    }

    private static boolean fromAnotherSite(ContainerRequestContext request) {
        if ("cross-site".equals(request.getHeaderString("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = request.getHeaderString("Origin");
        if (origin == null || origin.equals("null")) {
            return origin != null;
        }
        URI own = request.getUriInfo().getBaseUri();
        URI from = URI.create(origin);
        return !(own.getScheme().equalsIgnoreCase(from.getScheme())
                && own.getHost().equalsIgnoreCase(from.getHost())
                && port(own) == port(from));
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** The token from a form body, read so that the resource can still read the form after us. */
    private static String submittedToken(ContainerRequestContext request) {
        if (!(request instanceof ContainerRequest containerRequest)) {
            return request.getHeaderString("X-CSRF-Token");
        }
        if (MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(request.getMediaType())) {
            containerRequest.bufferEntity();
            return containerRequest.readEntity(Form.class).asMap().getFirst(CsrfToken.FIELD);
        }
        if (MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(request.getMediaType())) {
            // uploads: bounded by RequestSizeLimit, so buffering them is bounded too
            containerRequest.bufferEntity();
            FormDataBodyPart field =
                    containerRequest.readEntity(FormDataMultiPart.class).getField(CsrfToken.FIELD);
            return field == null ? null : field.getValue();
        }
        return request.getHeaderString("X-CSRF-Token");
    }
}
