package io.boto4j.http;

import java.io.IOException;

/**
 * A failure below HTTP, with its kind, so the pipeline can map it to botocore's exceptions
 * ({@code EndpointConnectionError}, {@code ConnectTimeoutError}, {@code ReadTimeoutError},
 * {@code ConnectionClosedError}, {@code SSLError}, {@code ProxyConnectionError}) and classify it for retries.
 */
public class HttpConnectionException extends IOException {
    /** Where the exchange failed. */
    public enum Kind {
        /** The connection could not be opened: refused, unreachable host, unknown host. */
        CONNECT_FAILED,
        /** Opening the connection took longer than the connect timeout. */
        CONNECT_TIMEOUT,
        /** The TLS handshake failed (untrusted or mismatched certificate, protocol error). */
        TLS_FAILED,
        /** The proxy refused the connection or the CONNECT tunnel. */
        PROXY_FAILED,
        /** No bytes arrived within the read timeout, while waiting for a response or reading its body. */
        READ_TIMEOUT,
        /** The server closed or reset the connection before the exchange completed. */
        CONNECTION_CLOSED
    }

    private final Kind kind;

    public HttpConnectionException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
