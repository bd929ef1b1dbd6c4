package org.cityreports.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The production path: nginx with the shipped configuration (config/nginx) in front of the
 * deployed application serves public pages from its cache, shows a publication within about two
 * seconds, and goes on serving published pages when the application cannot be reached. Runs where
 * nginx is installed (CI installs nginx-light); a bare machine with only a JDK and Maven skips it.
 */
class ProxyCacheIT extends DeployedWar {

    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    /** Beside the server's data directory: the suites of two servers may run at once (.ci/run). */
    private static final Path WORK = Path.of(System.getProperty("it.data.dir", "target/it-data") + "-nginx")
            .toAbsolutePath();

    private static boolean started;

    @Test
    void theShippedProxyKeepsPagesShowsAPublicationSoonAndOutlivesTheApplication() throws Exception {
        assumeTrue(Files.isExecutable(NGINX), "nginx is not installed (CI installs nginx-light)");
        URL proxy = new URL("http://127.0.0.1:" + startNginx(base.getPort()) + "/");

        HttpResponse<String> first = Http.get(proxy, "/cities/taiyuan/2022");
        assertEquals(200, first.statusCode());
        HttpResponse<String> second = Http.get(proxy, "/cities/taiyuan/2022");
        assertEquals("HIT", cache(second));
        assertEquals(first.body(), second.body());
        assertEquals("BYPASS", cache(Http.get(proxy, "/staff/login", "Cookie", "JSESSIONID=someone")), "staff pass");

        Http.get(proxy, "/");
        NewCity team = NewCity.withStaff(base, "px");
        String report = team.draftWithFigure(
                2026, Map.of("label", "地区生产总值", "value", "930", "unit", "亿元", "sourceSentence", "地区生产总值 930 亿元。"));
        StaffClient.publish(team.editor(), team.reviewer(), report);
        long published = System.nanoTime();
        while (!Http.get(proxy, "/").body().contains("/cities/" + team.slug() + "/2026")) {
            // nginx keeps a page "1s" counted in whole seconds (up to 2 s), then one revalidation
            assertTrue(System.nanoTime() - published < 2_500_000_000L, "a publication shows within about 2 s");
            Thread.sleep(100);
        }
        String home = Http.get(proxy, "/").body();

        // the application out of reach: nginx reloaded with its upstream on a port nobody serves
        startNginx(freePort());
        for (int i = 0; i < 50 && Http.get(proxy, "/staff/login").statusCode() != 502; i++) {
            Thread.sleep(100);
        }
        assertEquals(502, Http.get(proxy, "/staff/login").statusCode(), "nothing of staff's is kept");
        Thread.sleep(2100); // past the second nginx holds a page (counted in whole seconds)
        for (String path : List.of("/cities/taiyuan/2022", "/")) {
            HttpResponse<String> kept = Http.get(proxy, path);
            assertEquals(200, kept.statusCode(), path + " is still served");
            assertEquals("STALE", cache(kept), path);
            assertEquals(path.equals("/") ? home : second.body(), kept.body(), path);
        }
    }

    /** nginx running the shipped site file in front of this upstream port (reloaded when running). */
    private static int startNginx(int upstream) throws Exception {
        int listen = started ? Integer.parseInt(Files.readString(WORK.resolve("port"))) : freePort();
        String site = Files.readString(Path.of("config/nginx/city-reports-site.conf"))
                .replace("/var/cache/nginx/city-reports", WORK.resolve("cache").toString())
                .replace("server 127.0.0.1:8080;", "server 127.0.0.1:" + upstream + ";")
                .replace("listen 80;", "listen 127.0.0.1:" + listen + ";")
                .replace(
                        "include city-reports-cache.conf;",
                        "include "
                                + Path.of("config/nginx/city-reports-cache.conf")
                                        .toAbsolutePath() + ";");
        String temp = WORK.resolve("tmp").toString();
        String conf = "pid " + WORK.resolve("nginx.pid") + ";\nerror_log " + WORK.resolve("error.log") + ";\n"
                + "events { worker_connections 256; }\nhttp {\naccess_log off;\n"
                + "client_body_temp_path " + temp + "; proxy_temp_path " + temp + "; fastcgi_temp_path " + temp
                + "; uwsgi_temp_path " + temp + "; scgi_temp_path " + temp + ";\n" + site + "}\n";
        if (!started) {
            try (var old = Files.walk(WORK)) { // an earlier run's cache holds an earlier server's pages
                old.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            } catch (java.nio.file.NoSuchFileException e) {
                // the first run here
            }
            Files.createDirectories(WORK.resolve("tmp"));
            Files.writeString(WORK.resolve("port"), Integer.toString(listen));
        }
        Files.writeString(WORK.resolve("nginx.conf"), conf);
        run(started ? List.of("-s", "reload") : List.of());
        started = true;
        return listen;
    }

    @AfterAll
    static void stopNginx() throws Exception {
        if (started) {
            run(List.of("-s", "quit"));
        }
    }

    private static void run(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                NGINX.toString(),
                "-p",
                WORK.toString(),
                "-c",
                WORK.resolve("nginx.conf").toString()));
        command.addAll(arguments);
        Process nginx = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(nginx.getInputStream().readAllBytes());
        assertEquals(0, nginx.waitFor(), "nginx " + arguments + ": " + output);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String cache(HttpResponse<?> response) {
        return response.headers().firstValue("X-Cache").orElse("");
    }
}
