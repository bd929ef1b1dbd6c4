package org.cityreports.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeping the data: online backups, the export of all data and its import's refusals, and
 * request bodies too large to take. (The import into an empty instance, which needs a second
 * server, is config/archive/export-import-check.sh, run by CI; what is wrong with a file is told
 * by DataArchiveTest.)
 */
class DataSafetyIT extends DeployedWar {

    @Test
    void anAdminTakesAnOnlineBackupIntoADatedFolder() {
        StaffClient admin = new StaffClient(base).signInAsAdmin();
        admin.get("/staff/backups");
        HttpResponse<String> made = admin.post("/staff/backups", Map.of());
        assertEquals(303, made.statusCode(), made.body());

        Matcher listed = Pattern.compile("<li>(\\d{4}-\\d{2}-\\d{2}T\\d{6}Z)</li>")
                .matcher(admin.get("/staff/backups").body());
        assertTrue(listed.find(), "the backup is listed");
        Path backup = Path.of(System.getProperty("it.data.dir", "target/it-data"), "backups", listed.group(1));
        assertTrue(
                Files.isRegularFile(backup.resolve("cityreports/service.properties")),
                backup + " holds a Derby database");
        assertTrue(
                admin.get("/staff/accounts/admin").body().contains(listed.group(1)), "the backup is in the audit log");
    }

    @Test
    void anAdminDownloadsAllDataAsOneJsonFileWithoutAccounts() {
        StaffClient admin = new StaffClient(base).signInAsAdmin();
        HttpResponse<String> export = admin.get("/staff/data/city-reports.json");
        assertEquals(200, export.statusCode());
        assertTrue(export.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(export.headers()
                .firstValue("Content-Disposition")
                .orElse("")
                .matches("attachment; filename=\"city-reports-\\d{4}-\\d{2}-\\d{2}\\.json\""));

        JsonObject tables =
                Json.createReader(new StringReader(export.body())).readObject().getJsonObject("tables");
        assertEquals(
                "[CITY, STAT_INDICATOR, REPORT, REPORT_SECTION, FIGURE, TARGET, CHECK_ACCEPTANCE, EXTRACTION_OUTCOME, AUDIT_ENTRY]",
                tables.keySet().toString());
        assertTrue(tables.getJsonArray("CITY").toString().contains("\"SLUG\":\"changzhi\""));
        assertTrue(tables.getJsonArray("FIGURE").size() >= 118, "both sample reports' figures");
        assertTrue(tables.getJsonArray("FIGURE").toString().contains("\"FIGURE_VALUE\":5121.61"), "exact decimals");
        assertFalse(export.body().contains("PASSWORD_HASH"), "no password hashes leave the server");

        assertTrue(admin.get("/staff/accounts/admin").body().contains("导出"), "the export is in the audit log");
    }

    @Test
    void anImportIsRefusedWithItsReasonAndChangesNothing() throws Exception {
        StaffClient admin = new StaffClient(base).signInAsAdmin();
        String export = admin.get("/staff/data/city-reports.json").body();
        String before = Http.getChinese(base, "/cities/taiyuan/2022").body();

        admin.get("/staff/data");
        HttpResponse<String> intoThis =
                admin.upload("/staff/data", "archive", "export.json", export.getBytes(StandardCharsets.UTF_8));
        assertEquals(409, intoThis.statusCode());
        assertTrue(intoThis.body().contains("本实例已有数据(表 CITY 有"), intoThis.body());

        admin.get("/staff/data");
        HttpResponse<String> noFile = admin.upload("/staff/data", "archive", null, null);
        assertEquals(400, noFile.statusCode());
        assertTrue(noFile.body().contains("请选择要导入的 JSON 文件"));

        assertEquals(before, Http.getChinese(base, "/cities/taiyuan/2022").body(), "the public page is unchanged");
    }

    @Test
    void bodiesOverTheLimitAreRefusedWith413AndAMessage() {
        StaffClient admin = new StaffClient(base).signInAsAdmin();
        admin.get("/staff/cities");
        String huge = "x".repeat((1 << 20) + 10);

        // declared length over the limit: refused before the body is read (the client waits for 100)
        HttpResponse<String> declared = admin.send(admin.to("/staff/cities")
                .expectContinue(true)
                .version(HttpClient.Version.HTTP_1_1)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("slug=" + huge)));
        assertEquals(413, declared.statusCode());
        assertTrue(declared.body().contains("请求内容过大"), declared.body());

        // no declared length (chunked): refused once the body passes the limit
        HttpResponse<String> chunked = admin.send(admin.to("/staff/cities")
                .version(HttpClient.Version.HTTP_1_1)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(("slug=" + huge).getBytes(StandardCharsets.US_ASCII)))));
        assertEquals(413, chunked.statusCode());
        assertTrue(chunked.body().contains("请求内容过大"), chunked.body());
    }
}
