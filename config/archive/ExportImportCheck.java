import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Export and import between two real instances: A starts with the sample data, B empty
 * (CITYREPORTS_SAMPLE_DATA=none). An admin downloads all data from A and uploads it to B; then
 * every public page and API document of A must be the same, byte for byte, on B, and B must go on
 * taking new data after the imported rows. On the way, config/derby/backup.sh backs A up, and
 * A's admin session ends after its idle limit.
 *
 * <p>Run by export-import-check.sh: {@code java ExportImportCheck.java <work dir>}
 */
public class ExportImportCheck {

    /** The idle limit of A's staff sessions, in seconds. */
    private static final int IDLE = 20;

    private static final Pattern LINK = Pattern.compile("\"(/cities/[a-z0-9-]+(?:/\\d{4})?)\"");

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]).toAbsolutePath();
        String password = "check-" + UUID.randomUUID();
        Process a = start(work, "a", 8484, password, false, "CITYREPORTS_SESSION_IDLE_SECONDS", String.valueOf(IDLE));
        Process b = start(work, "b", 8485, password, true);
        long adminALastSeen;
        List<String> failures = new ArrayList<>();
        try {
            awaitUp(8484, work.resolve("a.log"));
            awaitUp(8485, work.resolve("b.log"));
            String baseA = "http://127.0.0.1:8484";
            String baseB = "http://127.0.0.1:8485";
            if (!body(baseB, "/api/v1/cities").equals("200\n[]")) {
                failures.add("B is not empty: " + body(baseB, "/api/v1/cities"));
            }

            Person adminA = Person.signIn(baseA, password);
            HttpResponse<byte[]> export = adminA.getBytes("/staff/data/city-reports.json");
            if (adminA.get("/staff").statusCode() != 200) {
                failures.add("A's admin is not signed in before idling");
            }
            adminALastSeen = System.nanoTime();
            System.out.printf("export from A: %d bytes%n", export.body().length);

            Person adminB = Person.signIn(baseB, password);
            adminB.get("/staff/data");
            HttpResponse<String> imported = adminB.upload("/staff/data", "archive", "export.json", export.body());
            System.out.println("import into B: status " + imported.statusCode());
            if (imported.statusCode() != 200 || !imported.body().contains("已导入")) {
                failures.add("import answered " + imported.statusCode() + ": " + imported.body());
            }

            Set<String> paths = publicPaths(baseA);
            for (String path : paths) {
                String onA = body(baseA, path);
                String onB = body(baseB, path);
                if (!onA.equals(onB)) {
                    failures.add(path + " differs (" + onA.length() + " vs " + onB.length() + " characters)");
                }
            }
            System.out.printf("public pages and API documents compared: %d%n", paths.size());

            // the command-line backup against A
            ProcessBuilder backup = new ProcessBuilder("bash", "config/derby/backup.sh", baseA).inheritIO();
            backup.environment().put("CITYREPORTS_BACKUP_PASSWORD", password);
            int exit = backup.start().waitFor();
            java.io.File[] taken = work.resolve("a/backups").toFile().listFiles();
            if (exit != 0 || taken == null || taken.length != 1) {
                failures.add("config/derby/backup.sh exited " + exit + " and made " + (taken == null ? 0 : taken.length)
                        + " backups");
            }

            adminB.get("/staff/reports/new");
            HttpResponse<String> added = adminB.post(
                    "/staff/reports",
                    Map.of("city", "taiyuan", "year", "2023", "documentKind", "SUMMARY", "title", "导入后新建"));
            if (added.statusCode() != 303) {
                failures.add("a new report on B after the import answered " + added.statusCode());
            }

            // A's staff sessions end after IDLE seconds without a request
            long idleSoFar =
                    Duration.ofNanos(System.nanoTime() - adminALastSeen).toSeconds();
            Thread.sleep(Math.max(0, IDLE + 5 - idleSoFar) * 1000);
            HttpResponse<String> afterIdle = adminA.get("/staff");
            String to = afterIdle.headers().firstValue("Location").orElse("");
            System.out.printf(
                    "A's admin after %d s idle: %d %s%n",
                    Duration.ofNanos(System.nanoTime() - adminALastSeen).toSeconds(), afterIdle.statusCode(), to);
            if (afterIdle.statusCode() / 100 != 3 || !to.endsWith("/staff/login")) {
                failures.add("a session idle for longer than " + IDLE + " s still works: " + afterIdle.statusCode());
            }
        } finally {
            a.destroy();
            b.destroy();
            a.waitFor();
            b.waitFor();
        }
        failures.forEach(f -> System.out.println("FAIL: " + f));
        if (!failures.isEmpty()) {
            System.exit(1);
        }
        System.out.println("export/import check passed");
    }

    /** The home page, each city, each report, its CSV, and the API documents of each. */
    private static Set<String> publicPaths(String base) throws Exception {
        Set<String> paths = new LinkedHashSet<>(List.of("/", "/api/v1/cities"));
        Matcher links = LINK.matcher(body(base, "/"));
        while (links.find()) {
            String path = links.group(1);
            paths.add(path);
            Matcher reports = LINK.matcher(body(base, path));
            while (reports.find()) {
                paths.add(reports.group(1));
            }
        }
        for (String path : List.copyOf(paths)) {
            String[] parts = path.split("/");
            if (parts.length == 3) {
                paths.add("/api/v1/cities/" + parts[2]);
            } else if (parts.length == 4) {
                paths.add(path + "/figures.csv");
                paths.add("/api/v1/cities/" + parts[2] + "/reports/" + parts[3]);
            }
        }
        return paths;
    }

    private static Process start(
            Path work, String name, int port, String password, boolean empty, String... environment)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                        "java",
                        "-Xmx512m",
                        "-jar",
                        "target/payara-micro.jar",
                        "--deploy",
                        "target/city-reports.war",
                        "--contextroot",
                        "/",
                        "--port",
                        String.valueOf(port),
                        "--sslport",
                        String.valueOf(port + 100),
                        "--nocluster")
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile());
        builder.environment().put("CITYREPORTS_DATA_DIR", work.resolve(name).toString());
        builder.environment().put("CITYREPORTS_ADMIN_PASSWORD", password);
        if (empty) {
            builder.environment().put("CITYREPORTS_SAMPLE_DATA", "none");
        }
        for (int i = 0; i + 1 < environment.length; i += 2) {
            builder.environment().put(environment[i], environment[i + 1]);
        }
        return builder.start();
    }

    private static void awaitUp(int port, Path log) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (Person.CLIENT
                                .send(
                                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The server on " + port + " did not start; see " + log);
    }

    private static String body(String base, String path) throws Exception {
        HttpResponse<String> response = Person.CLIENT.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept-Language", "zh-CN")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + "\n" + response.body();
    }

    /** A signed-in browser: cookies and the session's CSRF token. */
    private static final class Person {
        static final HttpClient CLIENT =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
        private final String base;
        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        private String token;

        private Person(String base) {
            this.base = base;
        }

        static Person signIn(String base, String password) throws Exception {
            Person admin = new Person(base);
            admin.get("/staff/login");
            HttpResponse<String> in = admin.post("/staff/login", Map.of("username", "admin", "password", password));
            if (in.statusCode() != 303) {
                throw new IllegalStateException("sign-in on " + base + " answered " + in.statusCode());
            }
            return admin;
        }

        HttpResponse<String> get(String path) throws Exception {
            HttpResponse<String> response = client.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(response.body());
            if (m.find()) {
                token = m.group(1);
            }
            return response;
        }

        HttpResponse<byte[]> getBytes(String path) throws Exception {
            return client.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
            Map<String, String> form = new LinkedHashMap<>(fields);
            form.put("_csrf", token);
            String body = form.entrySet().stream()
                    .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            return client.send(
                    request(path)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> upload(String path, String field, String fileName, byte[] content) throws Exception {
            String boundary = "----check" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
                            + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
                            + "\"; filename=\""
                            + fileName + "\"\r\nContent-Type: application/json\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return client.send(
                    request(path)
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Accept-Language", "zh-CN");
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
