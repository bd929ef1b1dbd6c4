package org.cityreports.archive.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.cityreports.domain.FormErrors;
import org.cityreports.indicator.entity.Indicator;
import org.cityreports.indicator.entity.IndicatorKind;
import org.cityreports.report.entity.Change;
import org.cityreports.report.entity.Comparator;
import org.cityreports.report.entity.Direction;
import org.cityreports.report.entity.Figure;
import org.cityreports.report.entity.Obligation;
import org.cityreports.report.entity.Part;
import org.cityreports.report.entity.Rank;
import org.cityreports.report.entity.Target;
import org.cityreports.report.entity.TargetKind;
import org.cityreports.unit.Unit;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of figures and targets run on an archive's rows before they go in, the same
 * {@link Figure.Builder#check} and {@link Target.Builder#check} every other way in runs: an archive
 * edited by hand or written by another program cannot store what a form would refuse. Remembers
 * the indicators and sections the rows refer to as they pass (the archive holds them first).
 */
final class ItemRowRules {

    /** The form field a rule names, as the archive's column. */
    private static final Map<String, String> COLUMNS = Map.of(
            "unit", "UNIT",
            "changeValue", "CHANGE_VALUE",
            "periodEnd", "PERIOD_END",
            "rankPosition", "RANK_POSITION",
            "endYear", "END_YEAR",
            "high", "HIGH_VALUE",
            "sourcePage", "SOURCE_PAGE");

    private final Map<Long, Indicator> indicators = new HashMap<>();
    private final Map<Long, Part> parts = new HashMap<>();

    /** Checks a row of its table, and remembers what later rows refer to. */
    void check(String table, int row, JsonObject columns) throws ArchiveException {
        RowReader read = new RowReader(table, row, columns);
        switch (table) {
            case "STAT_INDICATOR" ->
                indicators.put(
                        read.id("ID"),
                        new Indicator(
                                read.text("CODE"),
                                read.text("NAME_ZH"),
                                read.text("NAME_EN"),
                                read.unit("UNIT"),
                                read.constant("KIND", IndicatorKind.class)));
            case "REPORT_SECTION" -> parts.put(read.id("ID"), read.constant("PART", Part.class));
            case "FIGURE" -> refuseBroken(read, "FIGURE_VALUE", figure(read).check(new FormErrors()));
            case "TARGET" -> {
                if (!parts.getOrDefault(read.id("SECTION_ID"), Part.PLAN).holdsTargets()) {
                    throw new ArchiveException("archive.ruleBroken", table, row, "SECTION_ID", "staff.target.planOnly");
                }
                refuseBroken(read, "TARGET_VALUE", target(read).check(new FormErrors()));
            }
            default -> {
                // no rules of their own beyond the database's constraints
            }
        }
    }

    private Figure.Builder figure(RowReader read) throws ArchiveException {
        Figure.Builder figure = Figure.builder(
                        read.text("LABEL"),
                        read.decimal("FIGURE_VALUE"),
                        read.unit("UNIT"),
                        read.text("SOURCE_SENTENCE"))
                .direction(read.constant("DIRECTION", Direction.class))
                .indicator(indicators.get(read.id("INDICATOR_ID")))
                .sourcePage(page(read));
        BigDecimal changeValue = read.decimal("CHANGE_VALUE");
        if (changeValue != null) {
            figure.change(new Change(
                    changeValue, read.unit("CHANGE_UNIT"), read.constant("CHANGE_DIRECTION", Direction.class)));
        }
        Long rankPosition = read.id("RANK_POSITION");
        if (rankPosition != null) {
            figure.rank(new Rank(rankPosition.intValue(), read.text("RANK_SCOPE")));
        }
        Long start = read.id("PERIOD_START");
        Long end = read.id("PERIOD_END");
        if (start != null && end != null) {
            figure.period(start.intValue(), end.intValue());
        }
        return figure;
    }

    private Target.Builder target(RowReader read) throws ArchiveException {
        Target.Builder target = Target.builder(
                        read.text("LABEL"),
                        read.constant("KIND", TargetKind.class),
                        read.constant("COMPARATOR", Comparator.class),
                        read.decimal("TARGET_VALUE"),
                        read.unit("UNIT"),
                        read.text("SOURCE_SENTENCE"))
                .indicator(indicators.get(read.id("INDICATOR_ID")))
                .high(read.decimal("HIGH_VALUE"))
                .obligation(read.constant("OBLIGATION", Obligation.class))
                .sourcePage(page(read));
        Long start = read.id("START_YEAR");
        Long end = read.id("END_YEAR");
        if (start != null && end != null) {
            target.years(start.intValue(), end.intValue());
        }
        return target;
    }

    private static Integer page(RowReader read) throws ArchiveException {
        Long page = read.id("SOURCE_PAGE");
        return page == null ? null : page.intValue();
    }

    private static void refuseBroken(RowReader read, String valueColumn, FormErrors errors) throws ArchiveException {
        for (Map.Entry<String, List<String>> broken : errors.asMap().entrySet()) {
            String column = COLUMNS.getOrDefault(broken.getKey(), valueColumn);
            throw new ArchiveException(
                    "archive.ruleBroken",
                    read.table,
                    read.row,
                    column,
                    broken.getValue().get(0));
        }
    }

    /** A row's columns as the rules need them; a value of the wrong type is refused by name. */
    private record RowReader(String table, int row, JsonObject columns) {

        String text(String column) throws ArchiveException {
            JsonValue value = present(column);
            if (value == null) {
                return null;
            }
            if (value instanceof JsonString s) {
                return s.getString();
            }
            throw bad(column);
        }

        Long id(String column) throws ArchiveException {
            JsonValue value = present(column);
            if (value == null) {
                return null;
            }
            try {
                return ((JsonNumber) value).longValueExact();
            } catch (ClassCastException | ArithmeticException e) {
                throw bad(column);
            }
        }

        BigDecimal decimal(String column) throws ArchiveException {
            JsonValue value = present(column);
            if (value == null) {
                return null;
            }
            if (value instanceof JsonNumber n) {
                return n.bigDecimalValue();
            }
            throw bad(column);
        }

        Unit unit(String column) throws ArchiveException {
            String symbol = text(column);
            if (symbol == null) {
                return null;
            }
            if (!Unit.isKnown(symbol)) {
                throw new ArchiveException("archive.ruleBroken", table, row, column, "unit.unknown");
            }
            return Unit.of(symbol);
        }

        <E extends Enum<E>> E constant(String column, Class<E> type) throws ArchiveException {
            String name = text(column);
            if (name == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, name);
            } catch (IllegalArgumentException e) {
                throw bad(column);
            }
        }

        private JsonValue present(String column) {
            JsonValue value = columns.get(column);
            return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
        }

        private ArchiveException bad(String column) {
            return new ArchiveException(
                    "archive.badValue", table, row, column, columns.get(column).toString());
        }
    }
}
