package org.cityreports.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every public response kept whole and served again without Jersey, the database or rendering:
 * what an anonymous GET was answered with, when the resource marked it {@code Cache-Control:
 * public} (see {@link PublicCaching}), is kept under its address, language and Accept header
 * until the {@link PublishedState} changes. A kept response answers a matching If-None-Match with
 * a 304 itself. Static files are left to the default servlet. Visitors with a session (signed-in
 * staff) always reach the resources. Each instance keeps its own; a publication on another shows
 * within a second (the state's recheck).
 *
 * <p>Answers carry {@code Server-Timing: kept}, which tells the tests (and a curious operator)
 * that it came from here.
 */
public class PublicResponses extends HttpFilter {

    /** Everything kept together stays under this many bytes (least recently asked for leaves first). */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    /** A response larger than this is not kept: it would push out dozens of pages. */
    static final int MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

    static final String SERVER_TIMING = "Server-Timing";
    static final String KEPT = "kept";

    /** The response headers a kept response repeats (the security headers come from their own filter). */
    private static final List<String> REPEATED = List.of(
            HttpHeaders.ETAG,
            HttpHeaders.CACHE_CONTROL,
            HttpHeaders.VARY,
            HttpHeaders.CONTENT_DISPOSITION,
            HttpHeaders.CONTENT_LANGUAGE,
            HttpHeaders.LINK,
            HttpHeaders.LAST_MODIFIED);

    private record Kept(
            String contentType, Map<String, List<String>> headers, byte[] body, byte[] gzipped, String tag) {
        long size() {
            return body.length + (gzipped == null ? 0 : gzipped.length);
        }
    }

    @Inject
    PublishedState published;

    private final Map<String, Kept> kept = new LinkedHashMap<>(256, 0.75f, true);
    private long keptBytes;
    private String keptState = "";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod())
                || request.getRequestURI().startsWith(request.getContextPath() + "/static/")
                || request.getSession(false) != null
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            chain.doFilter(request, response);
            return;
        }
        String state = published.stamp();
        String key = request.getRequestURL() + "?" + request.getQueryString() + " "
                + RequestLocale.of(request).getLanguage() + " " + request.getHeader(HttpHeaders.ACCEPT);
        Kept answer = find(state, key);
        if (answer != null) {
            answer.headers().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
            response.setHeader(SERVER_TIMING, KEPT);
            if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), answer.tag())) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            response.setContentType(answer.contentType());
            send(answer.body(), answer.gzipped(), request, response);
            return;
        }
        // the resource answers uncompressed; what is sent is compressed here, kept or not
        BufferedResponse buffered = new BufferedResponse(response);
        chain.doFilter(new WithoutAcceptEncoding(request), buffered);
        byte[] body = buffered.body();
        if (response.isCommitted()) {
            return; // an error page the container sent itself
        }
        String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
        String tag = response.getHeader(HttpHeaders.ETAG);
        byte[] gzipped = Gzip.worthIt(response.getContentType(), body) ? Gzip.of(body) : null;
        if (response.getStatus() == HttpServletResponse.SC_OK
                && cacheControl != null
                && cacheControl.startsWith("public")
                && tag != null
                && request.getSession(false) == null
                && !response.containsHeader("Set-Cookie")
                && body.length <= MAX_RESPONSE_BYTES) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (String name : REPEATED) {
                if (response.containsHeader(name)) {
                    headers.put(name, List.copyOf(response.getHeaders(name)));
                }
            }
            keep(state, key, new Kept(response.getContentType(), headers, body, gzipped, tag));
        }
        send(body, gzipped, request, response);
    }

    private static void send(byte[] body, byte[] gzipped, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (gzipped != null
                && response.getHeaders(HttpHeaders.VARY).stream()
                        .noneMatch(v -> v.contains(HttpHeaders.ACCEPT_ENCODING))) {
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        }
        byte[] sent = body;
        if (gzipped != null && Gzip.accepted(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            sent = gzipped;
        }
        response.setContentLength(sent.length);
        response.getOutputStream().write(sent);
    }

    private synchronized Kept find(String state, String key) {
        if (!state.equals(keptState)) {
            kept.clear(); // all of it may have changed
            keptBytes = 0;
            keptState = state;
            return null;
        }
        return kept.get(key);
    }

    private synchronized void keep(String state, String key, Kept answer) {
        if (!state.equals(keptState)) {
            return; // made under a state that has passed meanwhile
        }
        Kept old = kept.put(key, answer);
        keptBytes += answer.size() - (old == null ? 0 : old.size());
        var eldest = kept.entrySet().iterator();
        while (keptBytes > MAX_BYTES && eldest.hasNext()) {
            keptBytes -= eldest.next().getValue().size();
            eldest.remove();
        }
    }

    /** The request as the resources see it: without Accept-Encoding, so that Jersey does not compress. */
    private static final class WithoutAcceptEncoding extends HttpServletRequestWrapper {
        WithoutAcceptEncoding(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.ACCEPT_ENCODING.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.ACCEPT_ENCODING.equalsIgnoreCase(name)
                    ? Collections.emptyEnumeration()
                    : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames());
            names.removeIf(HttpHeaders.ACCEPT_ENCODING::equalsIgnoreCase);
            return Collections.enumeration(names);
        }
    }

    /** If-None-Match by the weak comparison of RFC 9110, 13.1.2: a list of tags, or "*". */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = opaque(tag);
        for (String candidate : ifNoneMatch.split(",")) {
            String trimmed = candidate.trim();
            if (trimmed.equals("*") || opaque(trimmed).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
