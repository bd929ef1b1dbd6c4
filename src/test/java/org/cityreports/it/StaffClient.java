package org.cityreports.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One member of staff's browser session over plain HTTP: keeps cookies, follows no redirects, and
 * sends each form with the CSRF token of the page it came from.
 */
public final class StaffClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final URL base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String token;

    public StaffClient(URL base) {
        this.base = base;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** GET, remembering the page's CSRF token for the next post. */
    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(request(path).GET().build());
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) {
            token = m.group(1);
        }
        return response;
    }

    /** POST a form with the token of the last page fetched. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (token != null && !form.containsKey("_csrf")) {
            form.put("_csrf", token);
        }
        return postRaw(path, form);
    }

    /** POST exactly these fields and headers, no token added. */
    public HttpResponse<String> postRaw(String path, Map<String, String> fields, String... headers) {
        // a key "name\0n" stands for one more value of the repeated field "name"
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey().replaceAll("\u0000.*", "")) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /**
     * POST a file as a browser's upload form does (multipart/form-data), with the token of the last
     * page fetched; no file part when {@code content} is null.
     */
    public HttpResponse<String> upload(String path, String field, String fileName, byte[] content) {
        return upload(path, Map.of(), field, fileName, content);
    }

    /** The same, with the form's other fields beside the file. */
    public HttpResponse<String> upload(
            String path, Map<String, String> fields, String field, String fileName, byte[] content) {
        String boundary = "----cityreports" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                        + name + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        if (content != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                            + fileName + "\"\r\nContent-Type: application/json\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    /** Any request, sent with this session's cookies. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request.header("Accept-Language", "zh-CN").build());
    }

    /** A request to this path, for {@link #send(HttpRequest.Builder)}. */
    public HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).timeout(Duration.ofSeconds(30));
    }

    public HttpResponse<String> signIn(String username, String password) {
        get("/staff/login");
        return post("/staff/login", Map.of("username", username, "password", password));
    }

    public HttpResponse<String> signOut() {
        get("/staff");
        return post("/staff/logout", Map.of());
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /**
     * Signs in as admin. The first test of a run finds only the one-time password the server wrote
     * to its data directory: it checks that it must be changed, changes it, and keeps the new one
     * beside it for the tests that follow.
     */
    public StaffClient signInAsAdmin() {
        Path dataDir = Path.of(System.getProperty("it.data.dir", "target/it-data"));
        Path kept = dataDir.resolve("test-admin-password");
        try {
            if (Files.exists(kept)) {
                assertEquals(
                        303, signIn("admin", Files.readString(kept).strip()).statusCode(), "admin sign-in");
                return this;
            }
            String oneTime =
                    Files.readString(dataDir.resolve("initial-admin-password")).strip();
            assertEquals(303, signIn("admin", oneTime).statusCode(), "sign-in with the one-time password");
            HttpResponse<String> home = get("/staff");
            assertEquals(303, home.statusCode());
            assertTrue(
                    home.headers().firstValue("Location").orElse("").endsWith("/staff/password"),
                    "a one-time password must be changed first");
            get("/staff/password");
            String chosen = "it-" + UUID.randomUUID();
            HttpResponse<String> changed =
                    post("/staff/password", Map.of("current", oneTime, "password", chosen, "confirmation", chosen));
            assertEquals(303, changed.statusCode(), changed.body());
            Files.writeString(kept, chosen);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The admin's password as {@link #signInAsAdmin} chose it. */
    public String adminPassword() {
        try {
            return Files.readString(Path.of(System.getProperty("it.data.dir", "target/it-data"))
                            .resolve("test-admin-password"))
                    .strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As admin: creates an account and returns the one-time password the page shows once. */
    public String createAccount(String username, String role, String... citySlugs) {
        get("/staff/accounts/new");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("displayName", username);
        fields.put("role", role);
        HttpResponse<String> created = postRaw("/staff/accounts", withCities(fields, citySlugs));
        assertEquals(303, created.statusCode(), created.body());
        Matcher m = Pattern.compile("class=\"one-time-password\">([^<]+)<")
                .matcher(get("/staff/accounts/" + username).body());
        assertTrue(m.find(), "one-time password shown");
        return m.group(1);
    }

    /** As admin: adds a city of its own for a test, so that tests never share reports. */
    public String createCity(String slug) {
        get("/staff/cities");
        HttpResponse<String> added = post(
                "/staff/cities",
                Map.of("slug", slug, "nameZh", "测试市" + slug, "nameEn", "Test " + slug, "province", "测试省"));
        assertEquals(303, added.statusCode(), added.body());
        return slug;
    }

    /** As an editor: creates a draft report and returns the path of its staff page. */
    public String createReport(String city, int year, String title) {
        get("/staff/reports/new");
        HttpResponse<String> created = post(
                "/staff/reports",
                Map.of(
                        "city",
                        city,
                        "year",
                        String.valueOf(year),
                        "documentKind",
                        "FULL_TEXT",
                        "title",
                        title,
                        "sourceText",
                        "过去一年……"));
        assertEquals(303, created.statusCode(), created.body());
        return location(created);
    }

    /** As an editor: adds a section to a report and returns the section's id. */
    public long addSection(String reportPath, String part, String title) {
        get("/staff/sections/new?report=" + reportPath.replaceAll("\\D", "") + "&part=" + part);
        HttpResponse<String> added = post(
                "/staff/sections?report=" + reportPath.replaceAll("\\D", ""),
                Map.of("part", part, "title", title, "narrative", title + "……"));
        assertEquals(303, added.statusCode(), added.body());
        return Long.parseLong(location(added).replaceAll(".*#section-", ""));
    }

    /** As an editor: adds a figure (the form's fields) to a section and returns the figure's id. */
    public long addFigure(long sectionId, Map<String, String> fields) {
        get("/staff/figures/new?section=" + sectionId);
        HttpResponse<String> added = post("/staff/figures?section=" + sectionId, fields);
        assertEquals(303, added.statusCode(), added.body());
        Matcher warned = Pattern.compile("/staff/figures/(\\d+)\\?saved").matcher(location(added));
        if (warned.lookingAt()) {
            return Long.parseLong(warned.group(1)); // saved, and a check warns about it
        }
        Matcher m = Pattern.compile("/staff/figures/(\\d+)\"")
                .matcher(get(location(added).replaceAll("#.*", "")).body());
        long newest = 0;
        while (m.find()) {
            newest = Math.max(newest, Long.parseLong(m.group(1)));
        }
        return newest;
    }

    /** The editor submits the report, the reviewer publishes it (a correction with its reason). */
    public static void publish(StaffClient editor, StaffClient reviewer, String report) {
        editor.get(report);
        assertEquals(303, editor.post(report + "/submit", Map.of()).statusCode());
        reviewer.get(report);
        assertEquals(
                303,
                reviewer.post(report + "/publish", Map.of("reason", "核对统计公报后更正。"))
                        .statusCode());
    }

    /** The path a redirect points to, without scheme and host. */
    public static String location(HttpResponse<String> response) {
        URI uri = URI.create(response.headers().firstValue("Location").orElseThrow());
        return uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }

    /** The version a form was opened at (its hidden field). */
    public static String version(HttpResponse<String> form) {
        Matcher m = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(form.body());
        assertTrue(m.find(), "the form carries the version it was opened at");
        return m.group(1);
    }

    /** Signs in with a one-time password and replaces it, as a new member of staff does first. */
    public StaffClient signInFirstTime(String username, String oneTimePassword) {
        assertEquals(303, signIn(username, oneTimePassword).statusCode());
        get("/staff/password");
        String chosen = "it-" + UUID.randomUUID();
        assertEquals(
                303,
                post("/staff/password", Map.of("current", oneTimePassword, "password", chosen, "confirmation", chosen))
                        .statusCode());
        return this;
    }

    /** The form body with the token and one "city" field per slug (a form may repeat a name). */
    private Map<String, String> withCities(Map<String, String> fields, String... citySlugs) {
        fields.put("_csrf", token);
        for (int i = 0; i < citySlugs.length; i++) {
            fields.put("city" + "\u0000" + i, citySlugs[i]);
        }
        return fields;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "zh-CN");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
