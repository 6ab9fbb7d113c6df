package io.boto4j.bench;

import io.boto4j.http.HttpClient;
import io.boto4j.http.HttpConnectionException;
import io.boto4j.http.HttpClientSettings;
import io.boto4j.http.HttpHeaders;
import io.boto4j.http.HttpRequest;
import io.boto4j.http.HttpResponse;
import io.boto4j.http.RequestBody;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * An {@link HttpClient} over {@code java.net.http.HttpClient} (HTTP/1.1), the alternative that
 * {@link HttpClientComparison} measures the SDK's default client against. It lives with the benchmark, not in the
 * SDK: a client cannot be built with it, and it cannot send the headers the JDK
 * reserves ({@code Host}, {@code Content-Length}, {@code Expect}, {@code Connection}), so signed requests rely on
 * the JDK writing the same values, and it has no proxy credentials or custom CA bundle support here.
 */
final class JdkHttpClient implements HttpClient {
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "expect", "connection",
            "upgrade", "transfer-encoding");

    private final java.net.http.HttpClient client;
    private final Duration readTimeout;

    JdkHttpClient(HttpClientSettings settings) {
        this.client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build();
        this.readTimeout = settings.readTimeout();
    }

    @Override
    public HttpResponse execute(HttpRequest request) throws IOException {
        RequestBody body = request.body();
        java.net.http.HttpRequest.BodyPublisher publisher;
        byte[] buffered = body.bytesIfBuffered();
        if (buffered != null) {
            publisher = buffered.length == 0 ? java.net.http.HttpRequest.BodyPublishers.noBody()
                    : java.net.http.HttpRequest.BodyPublishers.ofByteArray(buffered);
        } else if (body.contentLength() == 0) {
            publisher = java.net.http.HttpRequest.BodyPublishers.noBody();
        } else {
            java.net.http.HttpRequest.BodyPublisher stream =
                    java.net.http.HttpRequest.BodyPublishers.ofInputStream(body::newStream);
            publisher = body.contentLength() > 0
                    ? java.net.http.HttpRequest.BodyPublishers.fromPublisher(stream, body.contentLength()) : stream;
        }
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(request.uri())
                .timeout(readTimeout)
                .method(request.method(), publisher);
        if ("100-continue".equalsIgnoreCase(request.headers().first("Expect"))) {
            b.expectContinue(true);
        }
        request.headers().forEachValue((name, value) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                b.header(name, value);
            }
        });
        java.net.http.HttpResponse<InputStream> r;
        try {
            r = client.send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new HttpConnectionException(HttpConnectionException.Kind.CONNECT_TIMEOUT, e.getMessage(), e);
        } catch (HttpTimeoutException e) {
            throw new HttpConnectionException(HttpConnectionException.Kind.READ_TIMEOUT, e.getMessage(), e);
        } catch (ConnectException e) {
            throw new HttpConnectionException(HttpConnectionException.Kind.CONNECT_FAILED, String.valueOf(
                    e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for the response");
        }
        HttpHeaders.Builder headers = HttpHeaders.builder();
        r.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                values.forEach(v -> headers.add(name, v));
            }
        });
        return new HttpResponse(r.statusCode(), headers.build(), r.body());
    }

    @Override
    public void close() {
        // java.net.http.HttpClient has no close before Java 21; its threads end when it is unreachable
    }
}
