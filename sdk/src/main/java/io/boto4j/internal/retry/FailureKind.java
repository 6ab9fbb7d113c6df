package io.boto4j.internal.retry;

/**
 * What went wrong below HTTP when an attempt got no response. The pipeline maps the HTTP client's exceptions to
 * these; quotas and legacy policies treat timeouts differently from other connection errors.
 */
public enum FailureKind {
    /** The attempt got a response (possibly an error response). */
    NONE,
    /** The TCP (or proxy, or TLS) connection could not be opened: refused, unreachable, DNS failure. */
    CONNECT_FAILED,
    /** Opening the connection took longer than the connect timeout. */
    CONNECT_TIMEOUT,
    /** No response bytes arrived within the read timeout. */
    READ_TIMEOUT,
    /** The server closed or reset the connection mid-exchange. */
    CONNECTION_CLOSED,
    /** The response could not be checked: a body checksum did not match (botocore's ChecksumError). */
    CHECKSUM_MISMATCH,
    /** Any other failure; never retried. */
    OTHER;

    boolean isConnectionError() {
        return this == CONNECT_FAILED || this == CONNECT_TIMEOUT || this == READ_TIMEOUT
                || this == CONNECTION_CLOSED;
    }

    boolean isTimeout() {
        return this == CONNECT_TIMEOUT || this == READ_TIMEOUT;
    }
}
