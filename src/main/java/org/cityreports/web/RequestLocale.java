package org.cityreports.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The language a page is rendered in: the reader's choice from the language switch (a cookie), else
 * the first of the browser's Accept-Language choices we have messages for, and Chinese when it
 * names none (the servlet API would give the server's locale).
 */
public final class RequestLocale {

    static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;
    static final Set<String> SUPPORTED_LANGUAGES = Set.of("zh", "en");

    private RequestLocale() {}

    public static Locale of(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (LanguagePages.COOKIE.equals(cookie.getName()) && SUPPORTED_LANGUAGES.contains(cookie.getValue())) {
                    return cookie.getValue().equals("en") ? Locale.ENGLISH : DEFAULT;
                }
            }
        }
        if (request.getHeader("Accept-Language") == null) {
            return DEFAULT;
        }
        List<Locale> preferred = Collections.list(request.getLocales());
        return preferred.stream()
                .filter(l -> SUPPORTED_LANGUAGES.contains(l.getLanguage()))
                .findFirst()
                .map(l -> l.getLanguage().equals("zh") ? DEFAULT : Locale.ENGLISH)
                .orElse(DEFAULT);
    }
}
