package org.cityreports.web;

import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.message.GZipEncoder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.filter.EncodingFilter;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;

/**
 * The JAX-RS application. Jersey runs as a servlet filter (see web.xml) so that the container's
 * default servlet still serves {@code /static}.
 */
public class CityReportsApplication extends ResourceConfig {

    public CityReportsApplication() {
        packages(true, "org.cityreports");
        register(ThymeleafMvcFeature.class);
        // @RolesAllowed on staff resources, checked against the servlet container's roles
        register(RolesAllowedDynamicFeature.class);
        // gzip for pages, JSON and CSV when the client accepts it
        EncodingFilter.enableFor(this, GZipEncoder.class);
        // file uploads (the data archive)
        register(MultiPartFeature.class);
        // Our own mappers render every error; the container's error pages show server details.
        property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        property(ServerProperties.BV_SEND_ERROR_IN_RESPONSE, false);
        // Responses up to this size are buffered whole and sent with a Content-Length in one go
        // rather than in 8 KB chunks: a report page is 50-150 KB (bench/run measured the difference).
        property(ServerProperties.OUTBOUND_CONTENT_LENGTH_BUFFER, 256 * 1024);
    }
}
