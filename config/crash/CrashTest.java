import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Saves figures through the real staff form while the server is killed with SIGKILL at random
 * moments (often with a save in flight), restarts it each time, and at the end reads the database
 * itself: every save that got its redirect must be there, whole, with its audit entry.
 *
 * <p>Run by crash-test.sh: {@code java -cp <derby jars> CrashTest.java <work dir> <saves> <kills>}, on
 * Payara Micro, or on Payara Server with its home in {@code CRASH_PAYARA_SERVER}.
 */
public class CrashTest {

    /** 8383 on Payara Micro; crash-test.sh gives the domain's (27080) with -Dcrash.port. */
    private static final int PORT = Integer.getInteger("crash.port", 8383);

    private static final String BASE = "http://127.0.0.1:" + PORT;
    private static final Random RANDOM = new Random();

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]).toAbsolutePath();
        int saves = Integer.parseInt(args[1]);
        int kills = Integer.parseInt(args[2]);
        String password = "crash-" + Long.toHexString(RANDOM.nextLong());

        Server server = Server.start(work, password, 0);
        Person admin = Person.signIn(password);
        String city = "crash" + Integer.toHexString(RANDOM.nextInt(0xffff));
        admin.get("/staff/cities");
        admin.expect303(admin.post(
                "/staff/cities", Map.of("slug", city, "nameZh", "崩溃测试", "nameEn", "Crash", "province", "测试")));
        admin.get("/staff/reports/new");
        String report = admin.location(admin.post(
                "/staff/reports", Map.of("city", city, "year", "2024", "documentKind", "SUMMARY", "title", "崩溃测试")));
        admin.get("/staff/sections/new?report=" + report.replaceAll("\\D", "") + "&part=ANNUAL_REVIEW");
        long section = Long.parseLong(admin.location(admin.post(
                        "/staff/sections?report=" + report.replaceAll("\\D", ""),
                        Map.of("part", "ANNUAL_REVIEW", "title", "崩溃测试")))
                .replaceAll(".*#section-", ""));

        Set<Integer> acknowledged = new TreeSet<>();
        int killsDone = 0;
        int nextKill = 1 + RANDOM.nextInt(Math.max(1, saves / (kills + 1)));
        for (int i = 1; i <= saves; i++) {
            if (i == nextKill && killsDone < kills) {
                server.killSoon(RANDOM.nextInt(15)); // lands within this save or just after
                killsDone++;
                nextKill = i + 1 + RANDOM.nextInt(Math.max(1, 2 * saves / (kills + 1)));
            }
            try {
                HttpResponse<String> saved = admin.post("/staff/figures?section=" + section, figure(i));
                if (saved.statusCode() == 303) {
                    acknowledged.add(i);
                }
            } catch (IOException serverGone) {
                server.awaitDeath();
                server = Server.start(work, password, killsDone);
                admin = Person.signIn(password);
                admin.get("/staff/figures/new?section=" + section);
            }
        }
        server.killNow(); // the last crash: recovery happens when the database is opened below
        server.awaitDeath();

        check(work, section, saves, acknowledged, killsDone);
    }

    private static void check(Path work, long section, int saves, Set<Integer> acknowledged, int kills)
            throws SQLException {
        Map<Integer, Long> stored = new HashMap<>();
        Map<Integer, String> values = new HashMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:derby:" + work.resolve("data/cityreports"));
                PreparedStatement figures = db.prepareStatement(
                        "SELECT ID, LABEL, FIGURE_VALUE, SOURCE_SENTENCE FROM FIGURE WHERE SECTION_ID = ?");
                PreparedStatement audit = db.prepareStatement(
                        "SELECT COUNT(*) FROM AUDIT_ENTRY"
                                + " WHERE ENTITY_TYPE = 'FIGURE' AND ENTITY_ID = ? AND ACTION = 'CREATE' AND FIELD = 'value'")) {
            figures.setLong(1, section);
            try (ResultSet rs = figures.executeQuery()) {
                while (rs.next()) {
                    int i = Integer.parseInt(rs.getString(2).replace("崩溃测试 ", ""));
                    stored.put(i, rs.getLong(1));
                    values.put(i, rs.getBigDecimal(3).stripTrailingZeros().toPlainString() + "|" + rs.getString(4));
                }
            }
            Set<Integer> lost = new TreeSet<>(acknowledged);
            lost.removeAll(stored.keySet());
            Set<Integer> halfDone = new TreeSet<>();
            for (Map.Entry<Integer, Long> figure : stored.entrySet()) {
                int i = figure.getKey();
                audit.setLong(1, figure.getValue());
                try (ResultSet rs = audit.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) != 1 || !values.get(i).equals(i + "|" + sentence(i))) {
                        halfDone.add(i);
                    }
                }
            }
            System.out.printf(
                    "saves tried %d, acknowledged %d, stored %d (%d stored without an answer), kills %d%n",
                    saves,
                    acknowledged.size(),
                    stored.size(),
                    stored.size() - (acknowledged.size() - lost.size()),
                    kills + 1);
            System.out.println("acknowledged but lost: " + lost);
            System.out.println("stored but incomplete (value, sentence or audit entry): " + halfDone);
            if (!lost.isEmpty() || !halfDone.isEmpty()) {
                System.out.println("FAIL");
                System.exit(1);
            }
            System.out.println("crash test passed");
        }
    }

    private static Map<String, String> figure(int i) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("label", "崩溃测试 " + i);
        fields.put("value", String.valueOf(i));
        fields.put("unit", "亿元");
        fields.put("qualifier", "EXACT");
        fields.put("sourceSentence", sentence(i));
        return fields;
    }

    private static String sentence(int i) {
        return "第 " + i + " 次保存:地区生产总值 " + i + " 亿元。";
    }

    /**
     * The server with the WAR on the data directory of the test: a Payara Micro process, or with
     * a Payara Server home in {@code CRASH_PAYARA_SERVER} a domain of that server (its JVM is the
     * one killed; {@code asadmin start-domain} starts it again with the WAR deployed).
     */
    private abstract static class Server {

        static Server start(Path work, String adminPassword, int run) throws Exception {
            String payaraServer = System.getenv("CRASH_PAYARA_SERVER");
            Server server = payaraServer == null
                    ? Micro.start(work, adminPassword, run)
                    : Domain.start(Path.of(payaraServer), work, adminPassword, run);
            HttpClient client = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    if (client.send(
                                            HttpRequest.newBuilder(URI.create(BASE + "/api/v1/cities"))
                                                    .build(), // ours, not a server's default page
                                            HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200) {
                        System.out.println("server " + run + " is up");
                        return server;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(500);
            }
            throw new IllegalStateException("The server did not start; see " + work);
        }

        /** Empty once the process is gone. */
        abstract Optional<ProcessHandle> process();

        /** SIGKILL after a few milliseconds, from another thread, so that a save is likely in flight. */
        void killSoon(int millis) {
            Thread killer = new Thread(() -> {
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                killNow();
            });
            killer.start();
        }

        void killNow() {
            process()
                    .ifPresent(
                            ProcessHandle::destroyForcibly); // SIGKILL on Linux: no shutdown hooks, no Derby shutdown
        }

        void awaitDeath() throws Exception {
            killNow();
            Optional<ProcessHandle> process = process();
            if (process.isPresent()) {
                process.get().onExit().get();
            }
        }
    }

    private static final class Micro extends Server {
        private final Process process;

        private Micro(Process process) {
            this.process = process;
        }

        static Micro start(Path work, String adminPassword, int run) throws IOException {
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
                            String.valueOf(PORT),
                            "--sslport",
                            String.valueOf(PORT + 100),
                            "--nocluster")
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve("server-" + run + ".log").toFile());
            environment(builder, work, adminPassword);
            return new Micro(builder.start());
        }

        @Override
        Optional<ProcessHandle> process() {
            return Optional.of(process.toHandle());
        }
    }

    /** The domain crash-test.sh made (http on PORT, admin on ADMIN_PORT), started with asadmin. */
    private static final class Domain extends Server {
        static final String NAME = "cityreports-crash";
        static final int ADMIN_PORT = PORT - 32;
        private final long pid;

        private Domain(long pid) {
            this.pid = pid;
        }

        static Domain start(Path home, Path work, String adminPassword, int run) throws Exception {
            Path log = work.resolve("asadmin-" + run + ".log");
            asadmin(home, work, adminPassword, log, "start-domain", NAME);
            if (run == 0) {
                asadmin(
                        home,
                        work,
                        adminPassword,
                        log,
                        "--port",
                        String.valueOf(ADMIN_PORT),
                        "deploy",
                        "--contextroot",
                        "/",
                        "--name",
                        "city-reports",
                        "target/city-reports.war");
            }
            String pid = Files.readString(home.resolve("glassfish/domains/" + NAME + "/config/pid"));
            return new Domain(Long.parseLong(pid.strip()));
        }

        private static void asadmin(Path home, Path work, String adminPassword, Path log, String... args)
                throws Exception {
            List<String> command =
                    new ArrayList<>(List.of(home.resolve("bin/asadmin").toString()));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            environment(builder, work, adminPassword); // the domain's JVM inherits it
            if (builder.start().waitFor() != 0) {
                throw new IllegalStateException("asadmin " + String.join(" ", args) + " failed; see " + log);
            }
        }

        @Override
        Optional<ProcessHandle> process() {
            return ProcessHandle.of(pid);
        }
    }

    private static void environment(ProcessBuilder builder, Path work, String adminPassword) {
        builder.environment().put("CITYREPORTS_DATA_DIR", work.resolve("data").toString());
        builder.environment().put("CITYREPORTS_ADMIN_PASSWORD", adminPassword);
    }

    /** A signed-in browser: cookies and the session's CSRF token. */
    private static final class Person {
        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        private String token;

        static Person signIn(String password) throws Exception {
            Person admin = new Person();
            admin.get("/staff/login");
            admin.expect303(admin.post("/staff/login", Map.of("username", "admin", "password", password)));
            admin.get("/staff");
            return admin;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(BASE + path))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(response.body());
            if (m.find()) {
                token = m.group(1);
            }
            return response;
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
            Map<String, String> form = new LinkedHashMap<>(fields);
            form.put("_csrf", token);
            String body = form.entrySet().stream()
                    .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            return client.send(
                    HttpRequest.newBuilder(URI.create(BASE + path))
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        void expect303(HttpResponse<String> response) {
            if (response.statusCode() != 303) {
                throw new IllegalStateException(
                        response.uri() + " answered " + response.statusCode() + "\n" + response.body());
            }
        }

        String location(HttpResponse<String> response) {
            expect303(response);
            URI uri = URI.create(response.headers().firstValue("Location").orElseThrow());
            return uri.getRawPath() + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
