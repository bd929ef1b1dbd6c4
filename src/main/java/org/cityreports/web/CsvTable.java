package org.cityreports.web;

import java.util.Arrays;
import java.util.List;

/**
 * The columns of one kind of CSV download, each with its CSVW datatype: the one list that the
 * download writes as its header and the data dictionary describes (in the messages, key
 * {@code csv.<table>.<column>}, in both languages).
 *
 * @param name the table's name in the dictionary and its messages, e.g. "figures"
 */
public record CsvTable(String name, List<Column> columns) {

    /** A column: its name in the header and its datatype (CSVW's: string, decimal, integer, boolean, datetime). */
    public record Column(String name, String datatype) {}

    public static CsvTable of(String name, Column... columns) {
        return new CsvTable(name, Arrays.asList(columns));
    }

    public static Column text(String name) {
        return new Column(name, "string");
    }

    public static Column decimal(String name) {
        return new Column(name, "decimal");
    }

    public static Column integer(String name) {
        return new Column(name, "integer");
    }

    public List<String> headers() {
        return columns.stream().map(Column::name).toList();
    }

    /** The message key of a column's description. */
    public String key(Column column) {
        return "csv." + name + "." + column.name();
    }
}
