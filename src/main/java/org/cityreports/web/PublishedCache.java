package org.cityreports.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the public reads of published revisions (a rendered page, a report's JSON document), made
 * once and kept. The key is the response's ETag, which names the revision, its version, the
 * representation and language, and the build: a published revision never changes, so an entry is
 * never stale; a publication brings a new tag, and what no one asks for any more leaves when the
 * cache is full (least recently used first). Each instance keeps its own and needs no word of
 * another's changes.
 */
@ApplicationScoped
public class PublishedCache {

    /** Pages are up to a few hundred KB: a few dozen MB at most. */
    static final int MAX_ENTRIES = 400;

    @Inject
    Templates templates;

    private final Map<String, Object> entries = new LinkedHashMap<>(MAX_ENTRIES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /**
     * A public page: 304 when the visitor holds this tag already, else rendered once per tag and
     * kept. Signed-in staff get it rendered fresh and never kept: theirs carries their menu and token.
     *
     * @param template the template name, e.g. "/report/show"
     */
    public Response page(
            Request request,
            SecurityContext security,
            EntityTag tag,
            String template,
            Supplier<Map<String, Object>> model,
            HttpServletRequest servletRequest,
            HttpServletResponse servletResponse) {
        Supplier<byte[]> render = () -> templates.render(template, model.get(), servletRequest, servletResponse);
        if (security.getUserPrincipal() != null) {
            return PublicCaching.ok(Response.ok(render.get()), security, tag);
        }
        return PublicCaching.notModified(request, security, tag)
                .orElseGet(() -> PublicCaching.ok(Response.ok(get(tag, render)), security, tag));
    }

    /** What this tag stands for, made by {@code make} if it is not kept yet. */
    @SuppressWarnings("unchecked")
    public <T> T get(EntityTag tag, Supplier<T> make) {
        String key = tag.toString();
        synchronized (entries) {
            Object kept = entries.get(key);
            if (kept != null) {
                return (T) kept;
            }
        }
        T made = make.get(); // outside the lock: two first requests may both make it, harmlessly
        synchronized (entries) {
            entries.put(key, made);
        }
        return made;
    }
}
