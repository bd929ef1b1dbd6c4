package org.cityreports.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The synchronizer token of a session, which every state-changing form carries as {@value #FIELD}.
 * Templates read it as {@code ${csrf.token}}; only then is a session made, so public pages make none.
 */
public final class CsrfToken {

    public static final String FIELD = "_csrf";
    private static final String ATTRIBUTE = CsrfToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpServletRequest request;

    CsrfToken(HttpServletRequest request) {
        this.request = request;
    }

    public String getToken() {
        HttpSession session = request.getSession(true);
        synchronized (CsrfToken.class) { // rare and short: only while a session gets its token
            Object token = session.getAttribute(ATTRIBUTE);
            if (token instanceof String existing) {
                return existing;
            }
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String created = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(ATTRIBUTE, created);
            return created;
        }
    }

    /** A new token from now on: called at sign-in, so no token seen before it stays valid. */
    public static void renew(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    /** True when the session has a token and the submitted one equals it. */
    static boolean matches(HttpServletRequest request, String submitted) {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(ATTRIBUTE);
        return expected instanceof String token
                && submitted != null
                && MessageDigest.isEqual(token.getBytes(), submitted.getBytes());
    }
}
