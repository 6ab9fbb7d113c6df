package io.boto4j.credentials;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;

/**
 * The small HTTP calls of the container and instance metadata providers. They must not go through the SDK's
 * client stack (no signing, no retries of its own, no proxies: the endpoints are link-local), and they need
 * their own short timeouts.
 */
final class MetadataHttp {
    /** A response: status and body text. */
    record Response(int status, String body) {
    }

    /** The request timed out (connect or read). */
    static final class Timeout extends IOException {
        Timeout(String message) {
            super(message);
        }
    }

    private final Duration timeout;
    // built on first use: most sessions never reach the container or IMDS providers
    private volatile HttpClient client;

    MetadataHttp(Duration timeout) {
        this.timeout = timeout;
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                c = client;
                if (c == null) {
                    c = HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(timeout)
                            .proxy(HttpClient.Builder.NO_PROXY)
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build();
                    client = c;
                }
            }
        }
        return c;
    }

    Response send(String method, String url, Map<String, String> headers) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(b::header);
        try {
            HttpResponse<String> r = client().send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body());
        } catch (HttpTimeoutException e) {
            throw new Timeout("timed out after " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
