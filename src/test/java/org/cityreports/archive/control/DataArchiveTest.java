package org.cityreports.archive.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.cityreports.audit.entity.AuditAction;
import org.cityreports.audit.entity.AuditEntry;
import org.cityreports.audit.entity.AuditedType;
import org.cityreports.city.entity.City;
import org.cityreports.indicator.entity.Indicator;
import org.cityreports.indicator.entity.IndicatorKind;
import org.cityreports.persistence.TestDatabase;
import org.cityreports.report.entity.DocumentKind;
import org.cityreports.report.entity.Report;
import org.cityreports.sampledata.SampleDataFixture;
import org.cityreports.unit.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataArchiveTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyInstanceFilledFromTheArchiveHoldsTheSameRows() throws Exception {
        try (TestDatabase source = sampleDatabase("source");
                TestDatabase target = emptyDatabase("target")) {
            source.inTransaction(em -> {
                // a growth rate naming a level added after it: its row points at a later row
                Indicator growth =
                        new Indicator("late-growth", "后来的增速", "Late growth", Unit.of("%"), IndicatorKind.GROWTH_RATE);
                em.persist(growth);
                em.flush();
                Indicator level =
                        new Indicator("late-level", "后来的总量", "Late level", Unit.of("亿元"), IndicatorKind.LEVEL);
                em.persist(level);
                growth.edit(growth.getNameZh(), growth.getNameEn(), growth.getUnit(), IndicatorKind.GROWTH_RATE, level);
            });
            target.inTransaction(em -> em.persist(new AuditEntry(
                    "admin", AuditAction.LOGIN, AuditedType.ACCOUNT, null, null, "address", null, "127.0.0.1")));
            byte[] archive = export(source);

            Map<String, Integer> counts;
            try (Connection c = target.connection()) {
                counts = DataArchive.importInto(c, new ByteArrayInputStream(archive));
            }

            for (String table : List.of("CITY", "STAT_INDICATOR", "REPORT", "REPORT_SECTION", "FIGURE", "TARGET")) {
                List<List<Object>> rows = rows(source, table, true);
                assertEquals(rows, rows(target, table, true), table);
                assertEquals(rows.size(), counts.get(table), table + " count");
            }
            List<List<Object>> audit = rows(source, "AUDIT_ENTRY", false);
            List<List<Object>> filled = rows(target, "AUDIT_ENTRY", false);
            assertEquals(audit.size() + 1, filled.size(), "the target's own sign-in stays, the source's log follows");
            assertEquals(audit, filled.subList(1, filled.size()));

            // New rows after the import get ids after the imported ones
            target.inTransaction(em -> {
                City city = em.createNamedQuery(City.BY_SLUG, City.class)
                        .setParameter("slug", "taiyuan")
                        .getSingleResult();
                em.persist(new Report(city, 2023, DocumentKind.FULL_TEXT, "2023 年报告", null));
            });
            assertEquals(counts.get("REPORT") + 1L, target.count("SELECT COUNT(r) FROM Report r"));
        }
    }

    @Test
    void anInstanceThatHoldsDataIsRefusedAndKeepsIt() throws Exception {
        try (TestDatabase source = sampleDatabase("source");
                TestDatabase target = sampleDatabase("target")) {
            byte[] archive = export(source);
            List<List<Object>> before = rows(target, "FIGURE", true);
            ArchiveException refused = assertThrows(ArchiveException.class, () -> {
                try (Connection c = target.connection()) {
                    DataArchive.importInto(c, new ByteArrayInputStream(archive));
                }
            });
            assertEquals("archive.notEmpty", refused.messageKey());
            assertEquals(before, rows(target, "FIGURE", true));
        }
    }

    @Test
    void oneBadRowStoresNothingAndSaysWhere() throws Exception {
        try (TestDatabase source = sampleDatabase("source");
                TestDatabase target = emptyDatabase("target")) {
            String archive = new String(export(source), StandardCharsets.UTF_8);
            // the first figure's value becomes text
            String broken = archive.replaceFirst("(\"FIGURE\":\\[\\{[^}]*\"FIGURE_VALUE\":)([0-9.]+)", "$1\"lots\"");
            assertNotEquals(archive, broken);
            ArchiveException refused = assertThrows(ArchiveException.class, () -> {
                try (Connection c = target.connection()) {
                    DataArchive.importInto(c, new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)));
                }
            });
            assertEquals("archive.badValue", refused.messageKey());
            assertEquals(List.of("FIGURE", 1, "FIGURE_VALUE", "\"lots\""), List.of(refused.arguments()));
            assertEquals(0, target.count("SELECT COUNT(c) FROM City c"), "the cities before it are not kept");
        }
    }

    @Test
    void rowsThatBreakAFigureOrTargetRuleAreRefusedByRowColumnAndRule() throws Exception {
        try (TestDatabase source = sampleDatabase("source");
                TestDatabase target = emptyDatabase("target")) {
            JsonObject archive =
                    Json.createReader(new ByteArrayInputStream(export(source))).readObject();
            JsonArray sections = archive.getJsonObject("tables").getJsonArray("REPORT_SECTION");
            long reviewSection = sections.stream()
                    .map(JsonValue::asJsonObject)
                    .filter(s -> s.getString("PART").equals("ANNUAL_REVIEW"))
                    .findFirst()
                    .orElseThrow()
                    .getJsonNumber("ID")
                    .longValue();
            int share = firstRow(archive, "FIGURE", f -> f.getString("UNIT").equals("%") && f.isNull("DIRECTION"));
            int changed = firstRow(archive, "FIGURE", f -> !f.isNull("CHANGE_VALUE"));

            record Broken(String table, int row, String column, JsonValue value, String rule) {}
            for (Broken broken : List.of(
                    new Broken("FIGURE", 3, "FIGURE_VALUE", Json.createValue(-5), "value.negative"),
                    new Broken("FIGURE", 3, "UNIT", Json.createValue("公斤元"), "unit.unknown"),
                    new Broken("FIGURE", share, "FIGURE_VALUE", Json.createValue(120), "value.share.max"),
                    new Broken("FIGURE", 2, "PERIOD_START", Json.createValue(2030), "figure.period.order"),
                    new Broken("FIGURE", changed, "CHANGE_VALUE", Json.createValue(-3), "value.negative"),
                    new Broken("TARGET", 1, "SECTION_ID", Json.createValue(reviewSection), "staff.target.planOnly"),
                    new Broken("TARGET", 2, "TARGET_VALUE", Json.createValue(-1), "value.negative"),
                    new Broken("TARGET", 2, "HIGH_VALUE", Json.createValue(0), "target.high.order"),
                    new Broken("FIGURE", 3, "SOURCE_PAGE", Json.createValue(0), "item.sourcePage.invalid"))) {
                byte[] crafted = withValue(archive, broken.table, broken.row, broken.column, broken.value);
                ArchiveException refused = assertThrows(ArchiveException.class, () -> {
                    try (Connection c = target.connection()) {
                        DataArchive.importInto(c, new ByteArrayInputStream(crafted));
                    }
                });
                assertEquals("archive.ruleBroken", refused.messageKey(), broken.toString());
                List<Object> where = List.of(refused.arguments());
                assertEquals(broken.table, where.get(0), broken.toString());
                assertEquals(broken.row, where.get(1), broken.toString());
                assertEquals(broken.rule, where.get(3), broken.toString());
                // a period that ends before it starts is named by its end, as the form names it
                assertEquals(
                        broken.column.equals("PERIOD_START") ? "PERIOD_END" : broken.column,
                        where.get(2),
                        broken.toString());
                assertEquals(0, target.count("SELECT COUNT(c) FROM City c"), "nothing stored: " + broken);
            }
        }
    }

    @Test
    void filesThatAreNotArchivesAreRefusedWithTheirReason() throws Exception {
        try (TestDatabase target = emptyDatabase("target")) {
            assertEquals(
                    "archive.malformed",
                    importing(target, "{\"format\": \"city-reports-archive\", ").messageKey());
            assertEquals(
                    "archive.notOurs", importing(target, "{\"tables\": {}}").messageKey());
            assertEquals("archive.notOurs", importing(target, "[1, 2]").messageKey());
            assertEquals(
                    "archive.version",
                    importing(target, "{\"format\": \"city-reports-archive\", \"version\": 9, \"tables\": {}}")
                            .messageKey());
            assertEquals(
                    "archive.unknownTable",
                    importing(
                                    target,
                                    "{\"format\": \"city-reports-archive\", \"version\": 1, \"tables\": {\"STAFF_ACCOUNT\": []}}")
                            .messageKey());
            assertEquals(
                    "archive.unknownColumn",
                    importing(
                                    target,
                                    "{\"format\": \"city-reports-archive\", \"version\": 1, \"tables\": {\"CITY\": [{\"PASSWORD\": 1}]}}")
                            .messageKey());
        }
    }

    /** The 1-based number of the first row of the table that matches. */
    private static int firstRow(JsonObject archive, String table, Predicate<JsonObject> matching) {
        JsonArray rows = archive.getJsonObject("tables").getJsonArray(table);
        for (int i = 0; i < rows.size(); i++) {
            if (matching.test(rows.getJsonObject(i))) {
                return i + 1;
            }
        }
        throw new AssertionError("no such row in " + table);
    }

    /** The archive with one value of row {@code row} (1-based) of {@code table} replaced. */
    private static byte[] withValue(JsonObject archive, String table, int row, String column, JsonValue value) {
        JsonArray rows = archive.getJsonObject("tables").getJsonArray(table);
        JsonObject changed = Json.createObjectBuilder(rows.getJsonObject(row - 1))
                .add(column, value)
                .build();
        JsonArray changedRows =
                Json.createArrayBuilder(rows).set(row - 1, changed).build();
        JsonObject tables = Json.createObjectBuilder(archive.getJsonObject("tables"))
                .add(table, changedRows)
                .build();
        return Json.createObjectBuilder(archive)
                .add("tables", tables)
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    private ArchiveException importing(TestDatabase target, String json) {
        return assertThrows(ArchiveException.class, () -> {
            try (Connection c = target.connection()) {
                DataArchive.importInto(c, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
            }
        });
    }

    private TestDatabase sampleDatabase(String name) {
        TestDatabase db = emptyDatabase(name);
        SampleDataFixture.loadInto(db);
        db.inTransaction(em -> em.persist(
                new AuditEntry("editor", AuditAction.UPDATE, AuditedType.FIGURE, 3L, 1L, "value", "1.5", "2.5")));
        return db;
    }

    private TestDatabase emptyDatabase(String name) {
        return new TestDatabase(dir.resolve(name)).migrate().open();
    }

    private static byte[] export(TestDatabase db) throws SQLException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Connection c = db.connection()) {
            DataArchive.export(c, out, "2026-11-23T00:00:00Z");
        }
        return out.toByteArray();
    }

    /** Every row, every column, in id order; without the id when {@code withId} is false. */
    private static List<List<Object>> rows(TestDatabase db, String table, boolean withId) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection c = db.connection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY ID")) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    if (withId || !meta.getColumnName(i).equals("ID")) {
                        Object value = rs.getObject(i);
                        row.add(
                                value instanceof java.sql.Clob clob
                                        ? clob.getSubString(1, (int) clob.length())
                                        : value);
                    }
                }
                rows.add(row);
            }
        }
        assertTrue(table.equals("AUDIT_ENTRY") || !rows.isEmpty() || !withId, table + " has rows");
        return rows;
    }
}
