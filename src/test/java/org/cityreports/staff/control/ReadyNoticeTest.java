package org.cityreports.staff.control;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadyNoticeTest {

    @Test
    void waitsForEachServersLastStartUpLine() {
        assertTrue(ReadyNotice.isServerDone("PayaraMicro", "Payara Micro 6.2025.10 (build 42) ready in 46,826 (ms)"));
        assertTrue(ReadyNotice.isServerDone(
                "org.jboss.as.server", "WFLYSRV0010: Deployed \"ROOT.war\" (runtime-name : \"ROOT.war\")"));
        assertTrue(ReadyNotice.isServerDone("org.jboss.as", "WFLYSRV0025: WildFly 37.0.1.Final started in 9210ms"));
        assertTrue(ReadyNotice.isServerDone(
                "javax.enterprise.system.core", "city-reports was successfully deployed in 16,744 milliseconds."));
        // lines that come before the server is done
        assertFalse(ReadyNotice.isServerDone("PayaraMicro", "Payara Micro URLs:\nhttp://192.0.2.2:8080/"));
        assertFalse(ReadyNotice.isServerDone("org.cityreports.sampledata.SampleDataLoader", "ready in 3 s"));
        assertFalse(
                ReadyNotice.isServerDone("org.jboss.as.server", "WFLYSRV0027: Starting deployment of \"ROOT.war\""));
        assertFalse(ReadyNotice.isServerDone(null, null));
        assertFalse(ReadyNotice.isServerDone(
                "org.cityreports.report.control.ReportContent",
                "WFLYSRV0010: a message of ours that looks like the server's"));
    }

    @Test
    void saysWhereToGoAndWhereTheOneTimePasswordIsNeverThePassword() {
        Path file = Path.of("/srv/city-reports/data/initial-admin-password");
        String first = ReadyNotice.text("http://localhost:8080", Optional.of(file));
        assertTrue(first.contains("Open               http://localhost:8080/\n"), first);
        assertTrue(first.contains("Staff sign-in      http://localhost:8080/staff/login\n"), first);
        assertTrue(first.contains(file.toString()), first);

        String later = ReadyNotice.text("http://localhost:8080/", Optional.empty());
        assertTrue(later.contains("http://localhost:8080/staff/login"), later);
        assertFalse(later.contains("one-time"), "no password line once the admin chose one");
    }
}
