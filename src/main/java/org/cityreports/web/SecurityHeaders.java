package org.cityreports.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The security headers of every response, pages, API, static files and errors alike (a servlet
 * filter, so that what Jersey does not serve gets them too). The pages use no inline script or
 * style and nothing from other sites, so the policy allows only our own origin.
 */
public class SecurityHeaders extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /**
     * One year, as browsers' preload lists ask. Sent on every response: browsers ignore it over
     * plain HTTP (RFC 6797, 8.1), and behind a proxy that ends TLS the request reaching us is plain
     * HTTP although the visitor's is not.
     */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        // Browsers of today have no XSS auditor (the CSP above is the defence); older ones block the
        // page instead of "repairing" it, the auditor's safe mode.
        response.setHeader("X-XSS-Protection", "1; mode=block");
        response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        chain.doFilter(request, response);
    }
}
