package org.cityreports.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP against the deployed application, as a browser or script would call it. */
public final class Http {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Http() {}

    public static HttpResponse<String> get(URL base, String path, String... headers) {
        return send(request(base, path, headers).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The body as bytes, as sent (compressed when asked). */
    public static HttpResponse<byte[]> getBytes(URL base, String path, String... headers) {
        return send(request(base, path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A request with a body of the given type. */
    public static HttpResponse<String> send(URL base, String method, String path, String contentType, String body) {
        return send(
                request(base, path, "Content-Type", contentType)
                        .method(method, HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<String> getChinese(URL base, String path) {
        return get(base, path, "Accept-Language", "zh-CN,zh;q=0.9");
    }

    private static HttpRequest.Builder request(URL base, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(base.toString()).resolve(path))
                .timeout(Duration.ofSeconds(30));
        return headers.length > 0 ? request.headers(headers) : request;
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return CLIENT.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
