package org.cityreports.archive.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;

import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * All the data of an instance as one JSON file, and back: the rows of every data table, column by
 * column, ids kept, so that an empty instance filled from the file shows the same pages under the
 * same addresses. Staff accounts stay out (password hashes do not travel in files); audit entries
 * go in with new ids after those of the instance being filled, their references kept.
 *
 * <p>Figures and targets go in only when they keep the rules every other way in runs
 * ({@link ItemRowRules}). Plain JDBC on a connection the caller owns: the export reads all tables in one
 * serializable transaction, the import writes them in one transaction that commits only when every
 * row went in.
 */
public final class DataArchive {

    public static final String FORMAT = "city-reports-archive";
    public static final int FORMAT_VERSION = 1;

    /** In the order rows must go in: each table after those it refers to. */
    static final List<String> TABLES = List.of(
            "CITY",
            "STAT_INDICATOR",
            "REPORT",
            "REPORT_SECTION",
            "FIGURE",
            "TARGET",
            "CHECK_ACCEPTANCE",
            "EXTRACTION_OUTCOME",
            "AUDIT_ENTRY");
    /** Tables whose rows get new ids: the log of the instance being filled goes on. */
    private static final Set<String> NEW_IDS = Set.of("AUDIT_ENTRY");
    /** An instance is empty when these hold nothing. */
    private static final List<String> MUST_BE_EMPTY = List.of("CITY", "STAT_INDICATOR", "REPORT");

    private static final int BATCH = 500;
    /**
     * Columns that point at a row of their own table, maybe a later one (a growth rate naming a level
     * added after it): imported empty, then set once every row of the table is in.
     */
    private static final Map<String, String> SELF_REFERENCES = Map.of("STAT_INDICATOR", "GROWTH_OF_ID");

    private DataArchive() {}

    /** Writes every data table to {@code out}; returns the rows written per table. */
    public static Map<String, Integer> export(Connection connection, OutputStream out, String exportedAt)
            throws SQLException {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject()
                    .write("format", FORMAT)
                    .write("version", FORMAT_VERSION)
                    .write("exportedAt", exportedAt)
                    .writeStartObject("tables");
            for (String table : TABLES) {
                counts.put(table, exportTable(connection, table, json));
            }
            json.writeEnd().writeEnd();
        } finally {
            connection.commit();
        }
        return counts;
    }

    private static int exportTable(Connection connection, String table, JsonGenerator json) throws SQLException {
        int rows = 0;
        json.writeStartArray(table);
        try (Statement select = connection.createStatement();
                ResultSet rs = select.executeQuery("SELECT * FROM " + table + " ORDER BY ID")) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                json.writeStartObject();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    writeColumn(json, meta.getColumnName(i).toUpperCase(Locale.ROOT), meta.getColumnType(i), rs, i);
                }
                json.writeEnd();
                rows++;
            }
        }
        json.writeEnd();
        return rows;
    }

    private static void writeColumn(JsonGenerator json, String name, int type, ResultSet rs, int i)
            throws SQLException {
        Object value =
                switch (type) {
                    case Types.BIGINT, Types.INTEGER, Types.SMALLINT -> rs.getLong(i);
                    case Types.DECIMAL, Types.NUMERIC -> rs.getBigDecimal(i);
                    case Types.BOOLEAN, Types.BIT -> rs.getBoolean(i);
                    case Types.TIMESTAMP -> {
                        Timestamp t = rs.getTimestamp(i);
                        yield t == null ? null : t.toLocalDateTime().toString();
                    }
                    default -> rs.getString(i);
                };
        if (rs.wasNull() || value == null) {
            json.writeNull(name);
        } else if (value instanceof Long l) {
            json.write(name, l);
        } else if (value instanceof java.math.BigDecimal d) {
            json.write(name, d);
        } else if (value instanceof Boolean b) {
            json.write(name, b);
        } else {
            json.write(name, value.toString());
        }
    }

    /**
     * Fills an empty instance from an archive; returns the rows stored per table. Nothing is
     * stored unless every row is.
     *
     * @throws ArchiveException what is wrong with the file or the instance, in words for the user
     */
    public static Map<String, Integer> importInto(Connection connection, InputStream in)
            throws SQLException, ArchiveException {
        connection.setAutoCommit(false);
        boolean done = false;
        try {
            requireEmpty(connection);
            Map<String, Integer> counts = readArchive(connection, in);
            for (String table : TABLES) {
                if (!NEW_IDS.contains(table)) {
                    restartIds(connection, table);
                }
            }
            connection.commit();
            done = true;
            return counts;
        } finally {
            if (!done) {
                connection.rollback();
            }
        }
    }

    private static void requireEmpty(Connection connection) throws SQLException, ArchiveException {
        for (String table : MUST_BE_EMPTY) {
            try (Statement count = connection.createStatement();
                    ResultSet rs = count.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new ArchiveException("archive.notEmpty", table, rs.getLong(1));
                }
            }
        }
    }

    private static Map<String, Integer> readArchive(Connection connection, InputStream in)
            throws SQLException, ArchiveException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (JsonParser parser = Json.createParser(in)) {
            expect(parser, JsonParser.Event.START_OBJECT);
            boolean formatSeen = false;
            while (parser.next() == JsonParser.Event.KEY_NAME) {
                String key = parser.getString();
                JsonParser.Event event = parser.next();
                switch (key) {
                    case "format" -> {
                        if (!(parser.getValue() instanceof JsonString s && FORMAT.equals(s.getString()))) {
                            throw new ArchiveException("archive.notOurs");
                        }
                        formatSeen = true;
                    }
                    case "version" -> {
                        int version = parser.getValue() instanceof JsonNumber n ? n.intValue() : -1;
                        if (version != FORMAT_VERSION) {
                            throw new ArchiveException("archive.version", version, FORMAT_VERSION);
                        }
                    }
                    case "tables" -> {
                        if (!formatSeen || event != JsonParser.Event.START_OBJECT) {
                            throw new ArchiveException("archive.notOurs");
                        }
                        readTables(connection, parser, counts);
                    }
                    default -> skip(parser, event);
                }
            }
            if (!formatSeen) {
                throw new ArchiveException("archive.notOurs");
            }
        } catch (JsonParsingException e) {
            throw new ArchiveException(
                    "archive.malformed",
                    e.getLocation().getLineNumber(),
                    e.getLocation().getColumnNumber());
        } catch (JsonException | IllegalStateException e) {
            throw new ArchiveException("archive.notOurs");
        }
        return counts;
    }

    private static void readTables(Connection connection, JsonParser parser, Map<String, Integer> counts)
            throws SQLException, ArchiveException {
        int order = 0;
        ItemRowRules rules = new ItemRowRules();
        while (parser.next() == JsonParser.Event.KEY_NAME) {
            String table = parser.getString();
            int position = TABLES.indexOf(table);
            if (position < order) {
                throw new ArchiveException("archive.unknownTable", table);
            }
            order = position;
            expect(parser, JsonParser.Event.START_ARRAY);
            counts.put(table, readRows(connection, table, parser, rules));
        }
    }

    /**
     * The columns inserted are those the archive's first row of the table names: an archive written
     * before a later migration added a column lets that column take its default.
     */
    private static int readRows(Connection connection, String table, JsonParser parser, ItemRowRules rules)
            throws SQLException, ArchiveException {
        Map<String, Integer> columnTypes = columnTypes(connection, table);
        if (NEW_IDS.contains(table)) {
            columnTypes.remove("ID");
        }
        List<String> columns = null;
        PreparedStatement insert = null;
        int rows = 0;
        String selfReference = SELF_REFERENCES.get(table);
        Map<JsonValue, JsonValue> deferred = new LinkedHashMap<>();
        try {
            while (parser.next() == JsonParser.Event.START_OBJECT) {
                rows++;
                JsonObject row = parser.getObject();
                for (String key : row.keySet()) {
                    if (!columnTypes.containsKey(key) && !(key.equals("ID") && NEW_IDS.contains(table))) {
                        throw new ArchiveException("archive.unknownColumn", table, rows, key);
                    }
                }
                rules.check(table, rows, row);
                if (insert == null) {
                    columns = columnTypes.keySet().stream()
                            .filter(row::containsKey)
                            .toList();
                    insert = connection.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns)
                            + ") VALUES (" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")");
                }
                for (int i = 0; i < columns.size(); i++) {
                    String column = columns.get(i);
                    JsonValue value = row.get(column);
                    if (column.equals(selfReference)
                            && value != null
                            && value.getValueType() != JsonValue.ValueType.NULL) {
                        deferred.put(row.get("ID"), value);
                        value = JsonValue.NULL;
                    }
                    bind(insert, i + 1, columnTypes.get(column), value, table, rows, column);
                }
                insert.addBatch();
                if (rows % BATCH == 0) {
                    executeBatch(insert, table, rows);
                }
            }
            if (insert != null) {
                executeBatch(insert, table, rows);
            }
            setDeferred(connection, table, selfReference, deferred);
        } finally {
            if (insert != null) {
                insert.close();
            }
        }
        return rows;
    }

    private static void setDeferred(
            Connection connection, String table, String column, Map<JsonValue, JsonValue> deferred)
            throws SQLException, ArchiveException {
        if (deferred.isEmpty()) {
            return;
        }
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE ID = ?")) {
            for (Map.Entry<JsonValue, JsonValue> e : deferred.entrySet()) {
                update.setLong(1, ((JsonNumber) e.getValue()).longValueExact());
                update.setLong(2, ((JsonNumber) e.getKey()).longValueExact());
                update.addBatch();
            }
            update.executeBatch();
        } catch (SQLException | ClassCastException | ArithmeticException e) {
            throw new ArchiveException("archive.rowsRefused", table, deferred.size(), e.getMessage());
        }
    }

    private static void executeBatch(PreparedStatement insert, String table, int rows) throws ArchiveException {
        try {
            insert.executeBatch();
        } catch (SQLException e) {
            throw new ArchiveException("archive.rowsRefused", table, rows, rootMessage(e));
        }
    }

    private static Map<String, Integer> columnTypes(Connection connection, String table) throws SQLException {
        Map<String, Integer> types = new LinkedHashMap<>();
        try (Statement select = connection.createStatement();
                ResultSet rs = select.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                types.put(meta.getColumnName(i).toUpperCase(Locale.ROOT), meta.getColumnType(i));
            }
        }
        return types;
    }

    private static void bind(
            PreparedStatement insert, int index, int type, JsonValue value, String table, int row, String column)
            throws SQLException, ArchiveException {
        try {
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                insert.setNull(index, type);
                return;
            }
            switch (type) {
                case Types.BIGINT, Types.INTEGER, Types.SMALLINT ->
                    insert.setLong(index, ((JsonNumber) value).longValueExact());
                case Types.DECIMAL, Types.NUMERIC ->
                    insert.setBigDecimal(index, ((JsonNumber) value).bigDecimalValue());
                case Types.BOOLEAN, Types.BIT -> insert.setBoolean(index, booleanOf(value));
                case Types.TIMESTAMP ->
                    insert.setTimestamp(
                            index, Timestamp.valueOf(LocalDateTime.parse(((JsonString) value).getString())));
                default -> insert.setString(index, ((JsonString) value).getString());
            }
        } catch (ClassCastException | ArithmeticException | DateTimeParseException e) {
            throw new ArchiveException("archive.badValue", table, row, column, value.toString());
        }
    }

    private static boolean booleanOf(JsonValue value) {
        if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return value.getValueType() == JsonValue.ValueType.TRUE;
        }
        throw new ClassCastException("not a boolean");
    }

    private static void skip(JsonParser parser, JsonParser.Event event) {
        if (event == JsonParser.Event.START_OBJECT) {
            parser.skipObject();
        } else if (event == JsonParser.Event.START_ARRAY) {
            parser.skipArray();
        }
    }

    /** The next id of an identity column after the rows just inserted with their own ids. */
    private static void restartIds(Connection connection, String table) throws SQLException {
        long next;
        try (Statement max = connection.createStatement();
                ResultSet rs = max.executeQuery("SELECT COALESCE(MAX(ID), 0) + 1 FROM " + table)) {
            rs.next();
            next = rs.getLong(1);
        }
        try (Statement alter = connection.createStatement()) {
            // Derby and PostgreSQL both speak this for GENERATED BY DEFAULT AS IDENTITY columns
            alter.executeUpdate("ALTER TABLE " + table + " ALTER COLUMN ID RESTART WITH " + next);
        }
    }

    private static void expect(JsonParser parser, JsonParser.Event expected) throws ArchiveException {
        if (!parser.hasNext() || parser.next() != expected) {
            throw new ArchiveException("archive.notOurs");
        }
    }

    private static String rootMessage(SQLException e) {
        SQLException next = e;
        while (next.getNextException() != null) {
            next = next.getNextException();
        }
        return next.getMessage();
    }
}
