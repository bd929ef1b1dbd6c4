package org.cityreports.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * {@code /api/v1/openapi.json} and {@code /api/v1/openapi.yaml}: the API's description, which
 * swagger-core generates from the resources' annotations when the classes are compiled (see the
 * pom); served as built, the same for every request of a deployment.
 */
@Path("api/v1/openapi.{format: json|yaml}")
@ApplicationScoped
public class OpenApiPages {

    @GET
    public Response document(
            @PathParam("format") String format, @Context Request request, @Context SecurityContext security) {
        byte[] document = read("/openapi/openapi." + format);
        EntityTag tag = PublicCaching.tag("openapi-" + format, Integer.toHexString(Arrays.hashCode(document)));
        String type = format.equals("json") ? "application/json" : "application/yaml";
        return PublicCaching.respondWith(request, security, tag, () -> Response.ok(document, type + ";charset=UTF-8"));
    }

    private static byte[] read(String resource) {
        try (InputStream in = OpenApiPages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new NotFoundException("The build wrote no " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
