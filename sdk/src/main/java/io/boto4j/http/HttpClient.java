package io.boto4j.http;

import java.io.IOException;

/**
 * The HTTP client SPI: sends one request and returns the response with its body unread. Implementations are
 * thread-safe and pool connections. Errors at the connection level are thrown as {@link IOException}s
 * (the pipeline maps them to {@code EndpointConnectionError}s and classifies them for retries).
 */
public interface HttpClient extends AutoCloseable {
    HttpResponse execute(HttpRequest request) throws IOException;

    @Override
    default void close() {
    }
}
