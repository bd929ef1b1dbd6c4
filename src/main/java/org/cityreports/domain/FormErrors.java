package org.cityreports.domain;

import jakarta.validation.ConstraintViolation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What was wrong with a submitted form, field by field, as message keys that the templates
 * resolve in the reader's language (constraints name their message as {@code {key}}).
 */
public final class FormErrors {

    private final Map<String, List<String>> byField = new LinkedHashMap<>();

    public static FormErrors of(Set<? extends ConstraintViolation<?>> violations) {
        FormErrors errors = new FormErrors();
        violations.forEach(v -> errors.add(v.getPropertyPath().toString(), key(v.getMessageTemplate())));
        return errors;
    }

    /** Adds the message to the field once: two constraints that say the same ("choose one") show it once. */
    public FormErrors add(String field, String messageKey) {
        List<String> keys = byField.computeIfAbsent(field, f -> new ArrayList<>());
        if (!keys.contains(messageKey)) {
            keys.add(messageKey);
        }
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** For the templates: field → message keys, in the order the fields were checked. */
    public Map<String, List<String>> asMap() {
        return byField;
    }

    private static String key(String template) {
        return template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1)
                : template;
    }
}
