package org.cityreports.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A table as a CSV download that Excel opens correctly: UTF-8 with a byte-order mark, RFC 4180
 * quoting (Commons CSV), and no cell a spreadsheet would run as a formula.
 */
public final class CsvDownload {

    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    private static final char BOM = '\uFEFF';

    private CsvDownload() {}

    /** @param rows each row's cells in the order of {@code header}; null cells are empty */
    public static Response.ResponseBuilder of(String fileName, List<String> header, List<List<Object>> rows) {
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(BOM);
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
                csv.printRecord(header);
                for (List<Object> row : rows) {
                    csv.printRecord(row.stream().map(CsvDownload::cell).toList());
                }
            }
        };
        return Response.ok(body, MEDIA_TYPE).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }

    /**
     * Text a spreadsheet would take for a formula (starting with = + - @, or a tab or carriage
     * return before one) gets a leading apostrophe, as OWASP advises; numbers stay numbers.
     */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
        if (value instanceof Number || text.isEmpty()) {
            return text;
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
