package io.boto4j.http;

import io.boto4j.exception.BotoCoreError;
import io.boto4j.exception.ConnectTimeoutError;
import io.boto4j.exception.EndpointConnectionError;
import io.boto4j.exception.ReadTimeoutError;
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

    /**
     * botocore's exception for this failure, with botocore's wording: {@link ConnectTimeoutError},
     * {@link ReadTimeoutError}, else {@link EndpointConnectionError}; this exception is the cause.
     *
     * @param endpointUrl the URL called, without its query (presigned queries carry signatures)
     */
    public BotoCoreError toBotoCoreError(String endpointUrl) {
        return switch (kind) {
            case CONNECT_TIMEOUT -> new ConnectTimeoutError("Connect timeout on endpoint URL: \"" + endpointUrl
                    + "\"", this);
            case READ_TIMEOUT -> new ReadTimeoutError("Read timeout on endpoint URL: \"" + endpointUrl + "\"", this);
            case CONNECTION_CLOSED -> new EndpointConnectionError("Connection was closed before we received a "
                    + "valid response from endpoint URL: \"" + endpointUrl + "\".", this);
            case TLS_FAILED -> new EndpointConnectionError("SSL validation failed for " + endpointUrl + " "
                    + getMessage(), this);
            case PROXY_FAILED -> new EndpointConnectionError("Failed to connect to proxy URL for endpoint "
                    + endpointUrl + ": " + getMessage(), this);
            case CONNECT_FAILED -> new EndpointConnectionError("Could not connect to the endpoint URL: \""
                    + endpointUrl + "\"", this);
        };
    }
}
