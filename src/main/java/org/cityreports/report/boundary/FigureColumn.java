package org.cityreports.report.boundary;

import org.cityreports.report.entity.Figure;
import org.cityreports.report.entity.Section;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The columns of a report's figures as CSV, in order: the download ({@link FigureCsvPages}) writes them
 * and the bulk import ({@link FigureCsvReader}) reads them into the figure form's fields.
 */
enum FigureColumn {
    PART("part", null, (s, f) -> s.getPart()),
    SECTION("section", null, (s, f) -> s.getTitle()),
    LABEL("label", "label", (s, f) -> f.getLabel()),
    VALUE("value", "value", (s, f) -> f.getValue()),
    UNIT("unit", "unit", (s, f) -> f.getUnit()),
    DIRECTION("direction", "direction", (s, f) -> f.getDirection()),
    CHANGE_VALUE(
            "change_value", "changeValue", (s, f) -> changed(f) ? f.getChange().getValue() : null),
    CHANGE_UNIT(
            "change_unit", "changeUnit", (s, f) -> changed(f) ? f.getChange().getUnit() : null),
    CHANGE_DIRECTION(
            "change_direction",
            "changeDirection",
            (s, f) -> changed(f) ? f.getChange().getDirection() : null),
    COMPARED_WITH("compared_with", "comparedWith", (s, f) -> f.getComparedWith()),
    QUALIFIER("qualifier", "qualifier", (s, f) -> f.getQualifier()),
    PERIOD_START("period_start", "periodStart", (s, f) -> f.getPeriodStart()),
    PERIOD_END("period_end", "periodEnd", (s, f) -> f.getPeriodEnd()),
    BASIS("basis", "basis", (s, f) -> f.getBasis()),
    RANK("rank", "rankPosition", (s, f) -> ranked(f) ? f.getRank().getPosition() : null),
    RANK_SCOPE("rank_scope", "rankScope", (s, f) -> ranked(f) ? f.getRank().getScope() : null),
    INDICATOR(
            "indicator",
            "indicator",
            (s, f) -> f.getIndicator() == null ? null : f.getIndicator().getCode()),
    HEADLINE("headline", "headline", (s, f) -> f.isHeadline()),
    SOURCE_SENTENCE("source_sentence", "sourceSentence", (s, f) -> f.getSourceSentence()),
    SOURCE_PAGE("source_page", "sourcePage", (s, f) -> f.getSourcePage());

    /** The column's name in the file's header. */
    final String header;
    /** The figure form's field it fills; null for the two that choose the section. */
    final String formField;

    private final BiFunction<Section, Figure, Object> value;

    FigureColumn(String header, String formField, BiFunction<Section, Figure, Object> value) {
        this.header = header;
        this.formField = formField;
        this.value = value;
    }

    /** The column a form field is read from (for problems named by their column); the field itself if none. */
    static String headerOf(String formField) {
        return Arrays.stream(values())
                .filter(c -> formField.equals(c.formField))
                .map(c -> c.header)
                .findFirst()
                .orElse(formField);
    }

    static List<String> headers() {
        return Arrays.stream(values()).map(c -> c.header).toList();
    }

    static List<Object> row(Section section, Figure figure) {
        return Arrays.stream(values()).map(c -> c.value.apply(section, figure)).toList();
    }

    private static boolean changed(Figure f) {
        return f.getChange() != null && f.getChange().getValue() != null;
    }

    private static boolean ranked(Figure f) {
        return f.getRank() != null && f.getRank().getPosition() != null;
    }
}
