package io.boto4j.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * An HTTP response whose body is a stream the receiver must read or close. {@link #bodyBytes()} reads the
 * rest of it once and keeps it, for parsers of non-streaming responses.
 */
public final class HttpResponse implements AutoCloseable {
    private final int statusCode;
    private final HttpHeaders headers;
    private final InputStream body;
    private byte[] buffered;

    public HttpResponse(int statusCode, HttpHeaders headers, InputStream body) {
        this.statusCode = statusCode;
        this.headers = headers;
        this.body = body == null ? InputStream.nullInputStream() : body;
    }

    public static HttpResponse of(int statusCode, HttpHeaders headers, byte[] body) {
        HttpResponse r = new HttpResponse(statusCode, headers, new ByteArrayInputStream(body));
        r.buffered = body;
        return r;
    }

    public int statusCode() {
        return statusCode;
    }

    public HttpHeaders headers() {
        return headers;
    }

    /** The raw body stream; for streaming outputs it is handed to the caller unread. */
    public InputStream body() {
        return body;
    }

    /** Reads the whole body (once) and closes the stream. */
    public synchronized byte[] bodyBytes() {
        if (buffered == null) {
            try (InputStream in = body) {
                buffered = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("reading the response body failed", e);
            }
        }
        return buffered;
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException ignored) {
            // closing a response whose connection already went away is not an error for the caller
        }
    }

    @Override
    public String toString() {
        return "HttpResponse[" + statusCode + ", headers=" + headers.names() + "]";
    }
}
