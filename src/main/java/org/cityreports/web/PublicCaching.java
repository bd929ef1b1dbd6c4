package org.cityreports.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * HTTP caching of what the public reads. A published revision never changes (editing it makes a
 * new revision, which gets a new id when published), so its id and version, the build of the WAR
 * and the page's language name the bytes exactly: the ETag. Caches and proxies may keep public
 * responses but must revalidate each time ({@code no-cache}), so a publication shows at once while
 * a repeat request costs one indexed query and a 304, without rendering.
 *
 * <p>Signed-in staff see the same pages with their own menu and form token: never cached.
 */
public final class PublicCaching {

    // as header text: JAX-RS's CacheControl has no "public" (it leaves it out as the default)
    private static final String PUBLIC = "public, no-cache";
    private static final String PRIVATE = "private, no-store";
    private static final String BUILD = build();

    private PublicCaching() {}

    /** The tag of one representation of a published revision. */
    public static EntityTag tag(String representation, long reportId, long version) {
        return tag(representation, reportId + "." + version);
    }

    /** The tag of a representation of some published state, named by {@code state}. */
    public static EntityTag tag(String representation, String state) {
        return new EntityTag(representation + "-" + state + "-" + BUILD, true);
    }

    /** A 304 when the client holds this representation already (anonymous visitors only). */
    public static Optional<Response> notModified(Request request, SecurityContext security, EntityTag tag) {
        if (security.getUserPrincipal() != null) {
            return Optional.empty();
        }
        return Optional.ofNullable(request.evaluatePreconditions(tag))
                .map(b -> cacheable(b, tag).build());
    }

    /** A 304 when the client holds this tag already, else {@code entity} made now, with its tag. */
    public static Response respond(Request request, SecurityContext security, EntityTag tag, Supplier<?> entity) {
        return respondWith(request, security, tag, () -> Response.ok(entity.get()));
    }

    /** As {@link #respond}, for a response built with its own media type or headers. */
    public static Response respondWith(
            Request request, SecurityContext security, EntityTag tag, Supplier<Response.ResponseBuilder> response) {
        return notModified(request, security, tag).orElseGet(() -> ok(response.get(), security, tag));
    }

    /** The full response, with its tag and caching headers. */
    public static Response ok(Response.ResponseBuilder response, SecurityContext security, EntityTag tag) {
        if (security.getUserPrincipal() != null) {
            return response.header(HttpHeaders.CACHE_CONTROL, PRIVATE).build();
        }
        return cacheable(response, tag).build();
    }

    private static Response.ResponseBuilder cacheable(Response.ResponseBuilder response, EntityTag tag) {
        return response.tag(tag)
                .header(HttpHeaders.CACHE_CONTROL, PUBLIC)
                .header(HttpHeaders.VARY, "Accept-Language, Cookie");
    }

    private static String build() {
        Properties properties = new Properties();
        try (InputStream in = PublicCaching.class.getResourceAsStream("/cityreports-build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("build", "dev").replaceAll("[^0-9A-Za-z]", "");
    }
}
