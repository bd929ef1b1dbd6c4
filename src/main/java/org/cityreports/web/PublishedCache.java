package org.cityreports.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;

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

    private final Map<String, Object> entries = new LinkedHashMap<>(MAX_ENTRIES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

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
