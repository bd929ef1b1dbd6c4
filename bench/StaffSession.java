import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs in as admin, makes a draft report with one section to save figures into, and prints what
 * bench/save.lua needs to post the real figure form: the session cookie, the CSRF token and the
 * form's path, one per line. The admin password comes from CITYREPORTS_ADMIN_PASSWORD.
 *
 * <p>{@code java bench/StaffSession.java <base URL>}
 */
public class StaffSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final CookieManager COOKIES = new CookieManager();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().cookieHandler(COOKIES).build();
    private static String base;
    private static String token;

    public static void main(String[] args) throws Exception {
        base = args[0];
        get("/staff/login");
        expect303(post(
                "/staff/login", Map.of("username", "admin", "password", System.getenv("CITYREPORTS_ADMIN_PASSWORD"))));
        String city = "bench-" + Long.toHexString(System.nanoTime() & 0xffffff);
        get("/staff/cities");
        expect303(post("/staff/cities", Map.of("slug", city, "nameZh", "基准市", "nameEn", "Bench", "province", "测试省")));
        get("/staff/reports/new");
        String report = location(post(
                "/staff/reports", Map.of("city", city, "year", "2030", "documentKind", "FULL_TEXT", "title", "基准测试")));
        get("/staff/sections/new?report=" + report.replaceAll("\\D", "") + "&part=ANNUAL_REVIEW");
        String section = location(post(
                        "/staff/sections?report=" + report.replaceAll("\\D", ""),
                        Map.of("part", "ANNUAL_REVIEW", "title", "基准")))
                .replaceAll(".*#section-", "");
        get("/staff/figures/new?section=" + section);
        // all of them: Payara keeps JSESSIONIDVERSION beside JSESSIONID and wants both back
        System.out.println(COOKIES.getCookieStore().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; ")));
        System.out.println(token);
        System.out.println("/staff/figures?section=" + section);
    }

    private static void get(String path) throws Exception {
        HttpResponse<String> response = CLIENT.send(
                HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) {
            token = m.group(1);
        }
    }

    private static HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", token);
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void expect303(HttpResponse<String> response) {
        if (response.statusCode() != 303) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode());
        }
    }

    private static String location(HttpResponse<String> response) {
        expect303(response);
        return URI.create(response.headers().firstValue("Location").orElseThrow())
                        .getPath()
                + response.headers()
                        .firstValue("Location")
                        .map(l -> l.contains("#") ? l.substring(l.indexOf('#')) : "")
                        .orElse("");
    }
}
