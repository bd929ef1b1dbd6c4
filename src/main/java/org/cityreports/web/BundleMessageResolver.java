package org.cityreports.web;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every visible word comes from {@code i18n/messages*.properties} (UTF-8). Chinese is the base
 * bundle: a locale without a bundle of its own falls back to it, never to the server's locale.
 */
final class BundleMessageResolver extends AbstractMessageResolver {

    static final String BUNDLE = "i18n.messages";
    private static final ResourceBundle.Control NO_SERVER_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    BundleMessageResolver() {
        setName("bundle");
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, BundleMessageResolver.class.getClassLoader(),
                NO_SERVER_LOCALE_FALLBACK);
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
        try {
            String pattern = bundle(context.getLocale()).getString(key);
            return parameters == null || parameters.length == 0 ? pattern
                    : new MessageFormat(pattern, context.getLocale()).format(parameters);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                    Object[] parameters) {
        return "??" + key + "??";
    }
}
