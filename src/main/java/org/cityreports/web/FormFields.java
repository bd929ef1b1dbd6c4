package org.cityreports.web;

import jakarta.ws.rs.FormParam;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The text fields of a form bean ({@code @FormParam} strings), for showing where a save that
 * lost the race differs from what was saved first.
 */
public final class FormFields {

    /** One field both saves filled in differently: the message key of its label and the two values. */
    public record Difference(String field, String theirs, String yours) {}

    private FormFields() {}

    public static Map<String, String> of(Object form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field field : form.getClass().getFields()) {
            FormParam param = field.getAnnotation(FormParam.class);
            if (param != null && field.getType() == String.class && !Modifier.isStatic(field.getModifiers())) {
                try {
                    values.put(param.value(), (String) field.get(form));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return values;
    }

    /**
     * Jersey sets a text field the request did not send to null, whatever its initial value;
     * this makes them empty again so that the form's rules read them as "nothing typed".
     */
    public static <T> T blankNulls(T form) {
        for (Field field : form.getClass().getFields()) {
            if (field.isAnnotationPresent(FormParam.class) && field.getType() == String.class) {
                try {
                    if (field.get(form) == null) {
                        field.set(form, "");
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return form;
    }

    /** The fields whose values differ, blank and absent counted alike. */
    public static List<Difference> differences(Object theirs, Object yours) {
        Map<String, String> mine = of(yours);
        List<Difference> differences = new ArrayList<>();
        of(theirs).forEach((field, value) -> {
            String other = mine.get(field);
            if (!Objects.equals(strip(value), strip(other))) {
                differences.add(new Difference(field, value, other));
            }
        });
        return differences;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
