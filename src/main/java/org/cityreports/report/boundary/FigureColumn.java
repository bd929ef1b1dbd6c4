package org.cityreports.report.boundary;

import org.cityreports.report.entity.Figure;
import org.cityreports.report.entity.Section;
import org.cityreports.web.CsvTable;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The columns of a report's figures as CSV, in order: the download ({@link FigureCsvPages}) writes them
 * and the bulk import ({@link FigureCsvReader}) reads them into the figure form's fields.
 */
enum FigureColumn {
    PART("part", "string", null, (s, f) -> s.getPart()),
    SECTION("section", "string", null, (s, f) -> s.getTitle()),
    LABEL("label", "string", "label", (s, f) -> f.getLabel()),
    VALUE("value", "decimal", "value", (s, f) -> f.getValue()),
    UNIT("unit", "string", "unit", (s, f) -> f.getUnit()),
    DIRECTION("direction", "string", "direction", (s, f) -> f.getDirection()),
    CHANGE_VALUE(
            "change_value",
            "decimal",
            "changeValue",
            (s, f) -> changed(f) ? f.getChange().getValue() : null),
    CHANGE_UNIT(
            "change_unit",
            "string",
            "changeUnit",
            (s, f) -> changed(f) ? f.getChange().getUnit() : null),
    CHANGE_DIRECTION(
            "change_direction",
            "string",
            "changeDirection",
            (s, f) -> changed(f) ? f.getChange().getDirection() : null),
    COMPARED_WITH("compared_with", "string", "comparedWith", (s, f) -> f.getComparedWith()),
    QUALIFIER("qualifier", "string", "qualifier", (s, f) -> f.getQualifier()),
    PERIOD_START("period_start", "integer", "periodStart", (s, f) -> f.getPeriodStart()),
    PERIOD_END("period_end", "integer", "periodEnd", (s, f) -> f.getPeriodEnd()),
    BASIS("basis", "string", "basis", (s, f) -> f.getBasis()),
    RANK("rank", "integer", "rankPosition", (s, f) -> ranked(f) ? f.getRank().getPosition() : null),
    RANK_SCOPE(
            "rank_scope",
            "string",
            "rankScope",
            (s, f) -> ranked(f) ? f.getRank().getScope() : null),
    INDICATOR(
            "indicator",
            "string",
            "indicator",
            (s, f) -> f.getIndicator() == null ? null : f.getIndicator().getCode()),
    HEADLINE("headline", "boolean", "headline", (s, f) -> f.isHeadline()),
    SOURCE_SENTENCE("source_sentence", "string", "sourceSentence", (s, f) -> f.getSourceSentence()),
    SOURCE_PAGE("source_page", "integer", "sourcePage", (s, f) -> f.getSourcePage());

    /** The column's name in the file's header. */
    final String header;
    /** Its CSVW datatype, for the data dictionary. */
    final String datatype;
    /** The figure form's field it fills; null for the two that choose the section. */
    final String formField;

    private final BiFunction<Section, Figure, Object> value;

    FigureColumn(String header, String datatype, String formField, BiFunction<Section, Figure, Object> value) {
        this.header = header;
        this.datatype = datatype;
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

    /** The columns as the data dictionary describes them. */
    static CsvTable table() {
        return new CsvTable(
                "figures",
                Arrays.stream(values())
                        .map(c -> new CsvTable.Column(c.header, c.datatype))
                        .toList());
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
