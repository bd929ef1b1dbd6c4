package org.cityreports.report.boundary;

import jakarta.validation.Validator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cityreports.indicator.control.Indicators;
import org.cityreports.report.control.FigureImport.ImportRow;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a CSV of figures in the columns of {@link FigureCsvPages} (the public download) and checks every
 * row with the figure form's own rules, so a file says exactly what the form would say: all rows
 * are checked before anything is stored, and each problem names its line and column.
 */
final class FigureCsvReader {

    static final int MAX_ROWS = 5000;
    private static final List<String> REQUIRED = List.of(
            FigureColumn.PART.header,
            FigureColumn.LABEL.header,
            FigureColumn.VALUE.header,
            FigureColumn.UNIT.header,
            FigureColumn.SOURCE_SENTENCE.header);

    /** One thing wrong: the file's line (1 is the header), the column, and a message key. */
    record Problem(long line, String column, String messageKey) {}

    /** The rows to store, or the problems; never both. */
    record Result(List<ImportRow> rows, List<Problem> problems) {}

    private FigureCsvReader() {}

    static Result read(InputStream in, Validator validator, Indicators indicators) {
        List<ImportRow> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .build();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') { // the byte-order mark Excel wants, and writes
                reader.reset();
            }
            CSVParser parser =
                    CSVParser.builder().setReader(reader).setFormat(format).get();
            List<String> header = parser.getHeaderNames();
            for (String column : REQUIRED) {
                if (!header.contains(column)) {
                    problems.add(new Problem(1, column, "import.column.missing"));
                }
            }
            if (!problems.isEmpty()) {
                return new Result(List.of(), problems);
            }
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() > MAX_ROWS) {
                    problems.add(new Problem(record.getRecordNumber() + 1, "", "import.tooManyRows"));
                    break;
                }
                row(record, validator, indicators, problems).ifPresent(rows::add);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(new Problem(0, "", "import.unreadable"));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(1, "", "import.empty"));
        }
        return problems.isEmpty() ? new Result(rows, List.of()) : new Result(List.of(), problems);
    }

    private static Optional<ImportRow> row(
            CSVRecord record, Validator validator, Indicators indicators, List<Problem> problems) {
        long line = record.getRecordNumber() + 1;
        FigureForm form = new FigureForm();
        for (FigureColumn column : FigureColumn.values()) {
            if (column.formField != null && record.isMapped(column.header) && record.isSet(column.header)) {
                set(form, column.formField, cell(record.get(column.header)));
            }
        }
        form.headline = "true".equalsIgnoreCase(form.headline) ? "true" : "";
        String part = FigureColumn.PART.header;
        String section = FigureColumn.SECTION.header;
        ImportRows.Checked checked = ImportRows.figure(
                record.isSet(part) ? record.get(part) : "",
                record.isMapped(section) && record.isSet(section) ? cell(record.get(section)) : "",
                form,
                validator,
                indicators);
        checked.errors()
                .asMap()
                .forEach((field, keys) ->
                        keys.forEach(key -> problems.add(new Problem(line, FigureColumn.headerOf(field), key))));
        return Optional.ofNullable(checked.row());
    }

    /** Undoes the download's protection of cells a spreadsheet would run: "'=x" was "=x". */
    static String cell(String text) {
        if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t\r".indexOf(text.charAt(1)) >= 0) {
            return text.substring(1);
        }
        return text;
    }

    private static void set(FigureForm form, String field, String value) {
        try {
            FigureForm.class.getField(field).set(form, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("FigureForm has no field " + field, e);
        }
    }
}
