package org.cityreports.extract.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A figure or target as the extractor is scored on it, field by field, the same way for a proposal,
 * the row an editor saved, and a figure added by hand: value (with its unit), kind (level, change,
 * target), change (direction, change and base), qualifier (a target's comparator), rank, target (a
 * range's upper end and the obligation). A field that says nothing is absent.
 */
public final class ScoredFields {

    public static final List<String> NAMES = List.of("value", "kind", "change", "qualifier", "rank", "target");

    /** Looked up once: Json.createObjectBuilder() looks the provider up on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final Map<String, String> fields;
    private final String indicator;

    private ScoredFields(Map<String, String> fields, String indicator) {
        this.fields = fields;
        this.indicator = blank(indicator) ? null : indicator;
    }

    public static ScoredFields figure(
            String value,
            String unit,
            String direction,
            String changeValue,
            String changeUnit,
            String changeDirection,
            String comparedWith,
            String qualifier,
            String rank,
            String indicator) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("value", number(value) + " " + text(unit));
        fields.put("kind", blank(direction) ? "level" : "change");
        String change = text(direction) + "|" + number(changeValue) + text(changeUnit) + text(changeDirection) + "|"
                + text(comparedWith);
        fields.put("change", change.equals("||") ? null : change);
        fields.put("qualifier", blank(qualifier) || "EXACT".equals(qualifier) ? null : qualifier);
        fields.put("rank", blank(rank) ? null : rank.strip());
        return new ScoredFields(fields, indicator);
    }

    public static ScoredFields target(
            String value, String unit, String comparator, String high, String obligation, String indicator) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("value", number(value) + " " + text(unit));
        fields.put("kind", "target");
        fields.put("qualifier", blank(comparator) ? "AT_LEAST" : comparator);
        String target = number(high) + "|" + text(obligation);
        fields.put("target", target.equals("|") ? null : target);
        return new ScoredFields(fields, indicator);
    }

    /** The fields that say something, comma-separated, in the order of {@link #NAMES}. */
    public String present() {
        return String.join(
                ",", NAMES.stream().filter(n -> fields.get(n) != null).toList());
    }

    /** The fields whose values differ from {@code other}'s, comma-separated. */
    public String differing(ScoredFields other) {
        return String.join(
                ",",
                NAMES.stream()
                        .filter(n -> !Objects.equals(fields.get(n), other.fields.get(n)))
                        .toList());
    }

    public String indicator() {
        return indicator;
    }

    /** As JSON, for a hidden field of the review table and for the record. */
    public String json() {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        fields.forEach((name, value) -> {
            if (value != null) {
                json.add(name, value);
            }
        });
        if (indicator != null) {
            json.add("indicator", indicator);
        }
        return json.build().toString();
    }

    /** Read back from {@link #json()}; empty (every field absent) when the text is no such JSON. */
    public static ScoredFields parse(String json) {
        Map<String, String> fields = new LinkedHashMap<>();
        String indicator = null;
        try {
            JsonObject object = JSON.createReader(new StringReader(json == null ? "" : json))
                    .readObject();
            for (String name : NAMES) {
                fields.put(name, object.containsKey(name) ? object.getString(name) : null);
            }
            indicator = object.containsKey("indicator") ? object.getString("indicator") : null;
        } catch (RuntimeException e) {
            NAMES.forEach(n -> fields.put(n, null));
        }
        return new ScoredFields(fields, indicator);
    }

    public boolean isEmpty() {
        return fields.values().stream().allMatch(Objects::isNull);
    }

    private static String number(String typed) {
        if (blank(typed)) {
            return "";
        }
        try {
            return new BigDecimal(typed.strip()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return typed.strip();
        }
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
