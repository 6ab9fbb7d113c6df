package io.boto4j.internal.pipeline;

import io.boto4j.exception.BotoCoreError;
import io.boto4j.exception.ConnectTimeoutError;
import io.boto4j.exception.ConnectionClosedError;
import io.boto4j.exception.EndpointConnectionError;
import io.boto4j.exception.ReadTimeoutError;
import io.boto4j.http.HttpConnectionException;
import io.boto4j.http.HttpRequest;
import io.boto4j.internal.retry.FailureKind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

/** Maps the HTTP client's I/O failures to what retries classify and to botocore's exception names. */
final class ConnectionFailures {
    private ConnectionFailures() {
    }

    static FailureKind kind(IOException e) {
        if (e instanceof HttpConnectionException hce) {
            return switch (hce.kind()) {
                case CONNECT_FAILED, TLS_FAILED, PROXY_FAILED -> FailureKind.CONNECT_FAILED;
                case CONNECT_TIMEOUT -> FailureKind.CONNECT_TIMEOUT;
                case READ_TIMEOUT -> FailureKind.READ_TIMEOUT;
                case CONNECTION_CLOSED -> FailureKind.CONNECTION_CLOSED;
            };
        }
        if (e instanceof HttpConnectTimeoutException) {
            return FailureKind.CONNECT_TIMEOUT;
        }
        if (e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException) {
            return e.getMessage() != null && e.getMessage().toLowerCase().contains("timed out")
                    ? FailureKind.CONNECT_TIMEOUT : FailureKind.CONNECT_FAILED;
        }
        if (e instanceof SocketTimeoutException || e instanceof HttpTimeoutException) {
            return e.getMessage() != null && e.getMessage().toLowerCase().contains("connect")
                    ? FailureKind.CONNECT_TIMEOUT : FailureKind.READ_TIMEOUT;
        }
        if (e instanceof InterruptedIOException) {
            return FailureKind.OTHER;
        }
        return FailureKind.CONNECTION_CLOSED;
    }

    /** The error a call raises when its last attempt got no response; the URL is shown without its query. */
    static BotoCoreError toError(IOException e, HttpRequest request) {
        return toError(e, request, "");
    }

    /** As {@link #toError(IOException, HttpRequest)}, with {@code note} (why it was not retried) at the end. */
    static BotoCoreError toError(IOException e, HttpRequest request, String note) {
        String url = request.uri().getScheme() + "://" + request.uri().getRawAuthority() + request.uri().getRawPath();
        String cause = " (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
        return switch (kind(e)) {
            case CONNECT_TIMEOUT -> new ConnectTimeoutError("Connect timeout on endpoint URL: \"" + url + "\"" + note, e);
            case READ_TIMEOUT -> new ReadTimeoutError("Read timeout on endpoint URL: \"" + url + "\"" + note, e);
            case CONNECTION_CLOSED -> new ConnectionClosedError("Connection was closed before we received a valid "
                    + "response from endpoint URL: \"" + url + "\"" + cause + note, e);
            default -> new EndpointConnectionError("Could not connect to the endpoint URL: \"" + url + "\"" + cause
                    + note, e);
        };
    }
}
