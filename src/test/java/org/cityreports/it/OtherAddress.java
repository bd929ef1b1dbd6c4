package org.cityreports.it;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sign-in attempts that reach the server from another loopback address (127.0.0.2; on Linux all of
 * 127.0.0.0/8 is this machine), so what the sign-in throttle counts against that address locks
 * out no other test. Java 17's HttpClient cannot choose its local address, hence a socket and
 * HTTP/1.0 (one response per connection, never chunked).
 */
final class OtherAddress {

    static final String ADDRESS = "127.0.0.2";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("(?im)^set-cookie: *([^;\\r\\n]+)");

    record Answer(int status, String body) {}

    private final URL base;

    OtherAddress(URL base) {
        this.base = base;
    }

    /** The sign-in form fetched and posted, as a browser would, from {@link #ADDRESS}. */
    Answer signIn(String username, String password) {
        String form = exchange("GET /staff/login HTTP/1.0\r\n", "", "");
        List<String> cookies = new ArrayList<>();
        Matcher cookie = COOKIE.matcher(form);
        while (cookie.find()) {
            cookies.add(cookie.group(1));
        }
        Matcher token = CSRF.matcher(form);
        if (!token.find()) {
            throw new AssertionError("no sign-in form: " + form);
        }
        String body =
                "_csrf=" + encode(token.group(1)) + "&username=" + encode(username) + "&password=" + encode(password);
        String answer = exchange(
                "POST /staff/login HTTP/1.0\r\n",
                "Cookie: " + String.join("; ", cookies) + "\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n",
                body);
        int status = Integer.parseInt(answer.substring(9, 12)); // "HTTP/1.1 401 …"
        return new Answer(status, answer.substring(answer.indexOf("\r\n\r\n") + 4));
    }

    private String exchange(String requestLine, String headers, String body) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(ADDRESS, 0));
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                            + "Accept-Language: zh-CN\r\n" + headers + "\r\n" + body)
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
