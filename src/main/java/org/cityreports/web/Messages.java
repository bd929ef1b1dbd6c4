package org.cityreports.web;

import java.util.Locale;

/** A message of the site's bundle for Java code that writes text itself (JSON-LD, CSVW). */
public final class Messages {

    private Messages() {}

    /** The message without parameters, in the language of the locale (Chinese unless English). */
    public static String of(String key, Locale locale) {
        return BundleMessageResolver.bundle(BundleMessageResolver.BUNDLE, locale)
                .getString(key);
    }
}
