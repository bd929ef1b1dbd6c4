package org.cityreports.web;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Every visible word comes from {@code i18n/messages*.properties} (UTF-8), and the messages of
 * form errors from Bean Validation's {@code ValidationMessages*.properties}, so each text has one
 * home. Chinese is the base bundle: a locale without a bundle of its own falls back to it, never
 * to the server's locale.
 */
final class BundleMessageResolver extends AbstractMessageResolver {

    static final String BUNDLE = "i18n.messages";
    static final String VALIDATION_BUNDLE = "ValidationMessages";
    private static final ResourceBundle.Control NO_SERVER_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    BundleMessageResolver() {
        setName("bundle");
    }

    static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle(
                name, locale, BundleMessageResolver.class.getClassLoader(), NO_SERVER_LOCALE_FALLBACK);
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
        String pattern = find(key, context.getLocale());
        if (pattern == null) {
            return null;
        }
        return parameters == null || parameters.length == 0
                ? pattern
                : new MessageFormat(pattern, context.getLocale()).format(parameters);
    }

    private static String find(String key, Locale locale) {
        for (String name : new String[] {BUNDLE, VALIDATION_BUNDLE}) {
            ResourceBundle bundle = bundle(name, locale);
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return null;
    }

    @Override
    public String createAbsentMessageRepresentation(
            ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
        return "??" + key + "??";
    }
}
