import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Run by two-instances.sh against two running instances A and B of one database: every change is
 * made on one instance and read on the other at once, by the same signed-in session.
 *
 * <p>Usage: {@code java TwoInstancesCheck.java http://127.0.0.1:8181 http://127.0.0.1:8182 <admin password>}
 */
public class TwoInstancesCheck {

    private static int checks;

    public static void main(String[] args) throws Exception {
        String a = args[0];
        String b = args[1];
        Person admin = new Person();
        admin.get(a, "/staff/login");
        expect(303, admin.post(a, "/staff/login", Map.of("username", "admin", "password", args[2])), "sign in on A");
        expect(200, admin.get(b, "/staff"), "B serves the session signed in on A");

        String report = location(admin.post(
                b,
                "/staff/reports",
                Map.of(
                        "city",
                        "taiyuan",
                        "year",
                        "2030",
                        "documentKind",
                        "SUMMARY",
                        "title",
                        "两实例检查",
                        "sourceText",
                        "地区生产总值 100 亿元")));
        admin.get(a, "/staff/sections/new?report=" + report.replaceAll("\\D", "") + "&part=ANNUAL_REVIEW");
        String section = location(admin.post(
                        a,
                        "/staff/sections?report=" + report.replaceAll("\\D", ""),
                        Map.of("part", "ANNUAL_REVIEW", "title", "检查")))
                .replaceAll(".*#section-", "");
        admin.get(b, "/staff/figures/new?section=" + section);
        expect(303, admin.post(b, "/staff/figures?section=" + section, figure("100")), "a figure added on B");
        String figure = "/staff/figures/" + find(admin.get(a, report).body(), "/staff/figures/(\\d+)\"");

        contains(admin.get(b, figure).body(), "value=\"100\"", "B shows the figure as saved");
        Map<String, String> changed = figure("200");
        changed.put("version", find(admin.get(a, figure).body(), "name=\"version\" value=\"(\\d+)\""));
        expect(303, admin.post(a, figure, changed), "the figure changed on A");
        contains(admin.get(b, figure).body(), "value=\"200\"", "B shows the change made on A, not a cached copy");

        contains(admin.get(b, report).body(), "草稿", "B shows the draft");
        expect(303, admin.post(a, report + "/submit", Map.of()), "submitted on A");
        contains(admin.get(b, report).body(), "待审核", "B knows it was submitted on A");

        admin.get(a, "/staff/accounts/new");
        expect(
                303,
                admin.post(
                        a,
                        "/staff/accounts",
                        Map.of("username", "reviewer-check", "displayName", "Reviewer", "role", "reviewer")),
                "a reviewer created on A");
        String oneTime =
                find(admin.get(a, "/staff/accounts/reviewer-check").body(), "class=\"one-time-password\">([^<]+)<");
        Person reviewer = new Person();
        reviewer.get(b, "/staff/login");
        expect(
                303,
                reviewer.post(b, "/staff/login", Map.of("username", "reviewer-check", "password", oneTime)),
                "the reviewer signs in on B");
        reviewer.get(a, "/staff/password");
        String chosen = "check-" + System.nanoTime();
        expect(
                303,
                reviewer.post(
                        a, "/staff/password", Map.of("current", oneTime, "password", chosen, "confirmation", chosen)),
                "and chooses a password on A");
        // each instance keeps its own search index: B's learns of A's publication from the database
        String search =
                "/api/v1/search?q=%E5%9C%B0%E5%8C%BA%E7%94%9F%E4%BA%A7%E6%80%BB%E5%80%BC&city=taiyuan&year=2030";
        contains(Person.anonymous(b, search), "\"total\":0", "B's search does not find the draft");
        // B keeps its public pages whole: its home page, kept before, must learn of A's publication
        Person.anonymous(b, "/");
        if (Person.anonymous(b, "/").contains("/cities/taiyuan/2030")) {
            fail("B's home page lists the report before it is published");
        }
        reviewer.get(b, report);
        expect(303, reviewer.post(a, report + "/publish", Map.of()), "published on A with the token of B's page");
        long published = System.nanoTime();
        while (!Person.anonymous(b, "/").contains("/cities/taiyuan/2030")) {
            if (System.nanoTime() - published > 2_000_000_000L) {
                fail("B's kept home page did not show A's publication within 2 s");
            }
            Thread.sleep(100);
        }
        pass("B's kept home page shows A's publication within a second or two");
        contains(Person.anonymous(b, search), "\"value\":\"200\"", "B's search finds what was published on A");

        contains(Person.anonymous(b, "/cities/taiyuan/2030"), "200", "B's public page shows what was published");
        contains(Person.anonymous(a, "/cities/taiyuan/2030"), "200", "and so does A's");
        System.out.println("two instances: all " + checks + " checks passed");
    }

    /** Someone with a browser: their cookies (one session, whichever instance answers) and the last page's token. */
    private static final class Person {
        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        private String token;

        static String anonymous(String instance, String path) throws Exception {
            return new Person().get(instance, path).body();
        }

        HttpResponse<String> get(String instance, String path) throws Exception {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(instance + path))
                            .header("Accept-Language", "zh-CN")
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(response.body());
            if (m.find()) {
                token = m.group(1);
            }
            return response;
        }

        HttpResponse<String> post(String instance, String path, Map<String, String> fields) throws Exception {
            Map<String, String> form = new LinkedHashMap<>(fields);
            form.put("_csrf", token);
            String body = form.entrySet().stream()
                    .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            return client.send(
                    HttpRequest.newBuilder(URI.create(instance + path))
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept-Language", "zh-CN")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private static Map<String, String> figure(String value) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("label", "地区生产总值");
        fields.put("value", value);
        fields.put("unit", "亿元");
        fields.put("qualifier", "EXACT");
        fields.put("sourceSentence", "地区生产总值 " + value + " 亿元");
        return fields;
    }

    private static void expect(int status, HttpResponse<String> response, String what) {
        if (response.statusCode() != status) {
            fail(what + ": " + response.statusCode() + " from " + response.uri() + ", expected " + status + "\n"
                    + response.body());
        }
        pass(what);
    }

    private static void contains(String page, String text, String what) {
        if (!page.contains(text)) {
            fail(what + ": \"" + text + "\" not found\n" + page);
        }
        pass(what);
    }

    private static void pass(String what) {
        checks++;
        System.out.println("ok   " + what);
    }

    private static String location(HttpResponse<String> response) {
        if (response.statusCode() != 303) {
            fail("expected a redirect from " + response.uri() + ", got " + response.statusCode() + "\n"
                    + response.body());
        }
        URI uri = URI.create(response.headers().firstValue("Location").orElseThrow());
        return uri.getRawPath() + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }

    private static String find(String page, String regex) {
        Matcher m = Pattern.compile(regex).matcher(page);
        if (!m.find()) {
            fail("/" + regex + "/ not found in\n" + page);
        }
        return m.group(1);
    }

    private static void fail(String message) {
        System.out.println("FAIL " + message);
        System.exit(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
