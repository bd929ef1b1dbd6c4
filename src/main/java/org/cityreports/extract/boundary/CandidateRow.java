package org.cityreports.extract.boundary;

import jakarta.ws.rs.core.MultivaluedMap;
import org.cityreports.extract.control.Candidate;
import org.cityreports.extract.control.ScoredFields;
import org.cityreports.report.boundary.FigureForm;
import org.cityreports.report.boundary.TargetForm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One row of the editor's table, as shown and as posted back ({@code r3.label}, {@code r3.value} …):
 * a candidate the editor may correct and accept. Plan rows are targets, the others figures.
 */
public class CandidateRow {

    static final String[] FIELDS = {
        "accept",
        "sentence",
        "part",
        "section",
        "label",
        "value",
        "unit",
        "direction",
        "changeValue",
        "changeUnit",
        "changeDirection",
        "comparedWith",
        "qualifier",
        "basis",
        "rankPosition",
        "rankScope",
        "indicator",
        "sourceSentence",
        "targetKind",
        "comparator",
        "startYear",
        "endYear",
        "high",
        "obligation",
        "sourcePage",
        "proposed",
        "doubts"
    };

    public String accept = "";
    public String sentence = "";
    public String part = "";
    public String section = "";
    public String label = "";
    public String value = "";
    public String unit = "";
    public String direction = "";
    public String changeValue = "";
    public String changeUnit = "";
    public String changeDirection = "";
    public String comparedWith = "";
    public String qualifier = "";
    public String basis = "";
    public String rankPosition = "";
    public String rankScope = "";
    public String indicator = "";
    public String sourceSentence = "";
    public String targetKind = "";
    public String comparator = "";
    public String startYear = "";
    public String endYear = "";
    public String high = "";
    public String obligation = "";
    public String sourcePage = "";
    /** The row as the extractor proposed it ({@link ScoredFields#json()}), for the review record. */
    public String proposed = "";
    /** Where the extractor guessed ({@link Candidate.Doubt} names, comma-separated): worth a look. */
    public String doubts = "";

    static CandidateRow of(Candidate c) {
        CandidateRow row = new CandidateRow();
        row.accept = "on";
        row.sentence = String.valueOf(c.sentence());
        row.part = c.part().name();
        row.section = text(c.section());
        row.label = text(c.label());
        row.value = plain(c.value());
        row.unit = text(c.unit());
        row.direction = text(c.direction());
        row.changeValue = plain(c.changeValue());
        row.changeUnit = text(c.changeUnit());
        row.changeDirection = text(c.changeDirection());
        row.comparedWith = text(c.comparedWith());
        row.qualifier = text(c.qualifier());
        row.basis = text(c.basis());
        row.rankPosition = text(c.rankPosition());
        row.rankScope = text(c.rankScope());
        row.indicator = text(c.indicator());
        row.sourceSentence = text(c.sourceSentence());
        row.targetKind = text(c.targetKind());
        row.comparator = text(c.comparator());
        row.startYear = text(c.startYear());
        row.endYear = text(c.endYear());
        row.high = plain(c.high());
        row.obligation = text(c.obligation());
        row.sourcePage = text(c.page());
        row.proposed = row.scored().json();
        row.doubts = String.join(",", c.doubts().stream().map(Enum::name).toList());
        return row;
    }

    /** The rows posted back, in order: r0.…, r1.…, until a row is missing. */
    static List<CandidateRow> from(MultivaluedMap<String, String> form) {
        List<CandidateRow> rows = new ArrayList<>();
        for (int i = 0; form.containsKey("r" + i + ".label"); i++) {
            CandidateRow row = new CandidateRow();
            for (String field : FIELDS) {
                String value = form.getFirst("r" + i + "." + field);
                set(row, field, value == null ? "" : value.strip());
            }
            rows.add(row);
        }
        return rows;
    }

    /** The row as it stands now, field by field as the extractor is scored. */
    ScoredFields scored() {
        return isTarget()
                ? ScoredFields.target(value, unit, comparator, high, obligation, indicator)
                : ScoredFields.figure(
                        value,
                        unit,
                        direction,
                        changeValue,
                        changeUnit,
                        changeDirection,
                        comparedWith,
                        qualifier,
                        rankPosition,
                        indicator);
    }

    /** The extractor's doubts about this row, by name; empty when it read every part from a clear cue. */
    public List<String> doubtList() {
        return doubts.isBlank() ? List.of() : List.of(doubts.split(","));
    }

    public boolean accepted() {
        return !accept.isEmpty();
    }

    public boolean isTarget() {
        return !targetKind.isEmpty();
    }

    FigureForm figureForm() {
        FigureForm form = new FigureForm();
        form.label = label;
        form.value = value;
        form.unit = unit;
        form.direction = direction;
        form.changeValue = changeValue;
        form.changeUnit = changeUnit;
        form.changeDirection = changeDirection;
        form.comparedWith = comparedWith;
        form.qualifier = qualifier.isEmpty() ? "EXACT" : qualifier;
        form.basis = basis;
        form.rankPosition = rankPosition;
        form.rankScope = rankScope;
        form.indicator = indicator;
        form.sourceSentence = sourceSentence;
        form.sourcePage = sourcePage;
        return form;
    }

    TargetForm targetForm() {
        TargetForm form = new TargetForm();
        form.label = label;
        form.kind = targetKind;
        form.comparator = comparator.isEmpty() ? "AT_LEAST" : comparator;
        form.value = value;
        form.unit = unit;
        form.indicator = indicator;
        form.sourceSentence = sourceSentence;
        form.startYear = startYear;
        form.endYear = endYear;
        form.high = high;
        form.obligation = obligation;
        form.sourcePage = sourcePage;
        return form;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static void set(CandidateRow row, String field, String value) {
        try {
            CandidateRow.class.getField(field).set(row, Objects.requireNonNull(value));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(field, e);
        }
    }

    /** Fields the table shows as inputs: a problem with another field leads to the row's label. */
    private static final Set<String> SHOWN = Set.of(
            "label",
            "indicator",
            "value",
            "unit",
            "direction",
            "changeValue",
            "changeUnit",
            "changeDirection",
            "comparedWith",
            "qualifier",
            "rankPosition",
            "rankScope",
            "part",
            "section");

    /** The id of the input of row {@code index} that a problem with {@code field} is corrected in. */
    static String inputId(int index, String field) {
        return "r" + index + "-" + (SHOWN.contains(field) ? field : "label");
    }

    /**
     * The source sentence cut around the value as written, so the page can mark it: before, the
     * value, after (the value empty when the sentence writes it otherwise, in words say).
     */
    public List<String> sentenceAroundValue() {
        // the number as a whole: 2 is not the 2 of 2016
        java.util.regex.Matcher written = java.util.regex.Pattern.compile(
                        "(?<![\\d.])" + java.util.regex.Pattern.quote(value.strip()) + "(?![\\d])")
                .matcher(sourceSentence);
        int at = value.isBlank() || !written.find() ? -1 : written.start();
        if (at < 0) {
            return List.of(sourceSentence, "", "");
        }
        int end = at + value.strip().length();
        return List.of(
                sourceSentence.substring(0, at), sourceSentence.substring(at, end), sourceSentence.substring(end));
    }
}
