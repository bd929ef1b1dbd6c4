package org.cityreports.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An admin backs the running database up from the browser; the backup is a database Derby can boot. */
class BackupIT extends DeployedWar {

    @Test
    void anAdminTakesAnOnlineBackupIntoADatedFolder() {
        StaffClient admin = new StaffClient(base).signInAsAdmin();
        admin.get("/staff/backups");
        HttpResponse<String> made = admin.post("/staff/backups", Map.of());
        assertEquals(303, made.statusCode(), made.body());

        Matcher listed = Pattern.compile("<li>(\\d{4}-\\d{2}-\\d{2}T\\d{6}Z)</li>").matcher(admin.get("/staff/backups").body());
        assertTrue(listed.find(), "the backup is listed");
        Path backup = Path.of(System.getProperty("it.data.dir", "target/it-data"), "backups", listed.group(1));
        assertTrue(Files.isRegularFile(backup.resolve("cityreports/service.properties")), backup + " holds a Derby database");
        assertTrue(admin.get("/staff/accounts/admin").body().contains(listed.group(1)), "the backup is in the audit log");
    }
}
