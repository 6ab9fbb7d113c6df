package io.boto4j.exception;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * How a call ended, in the classes the retry strategies use: one classification for metrics, logs and dashboards,
 * so a {@code THROTTLED} there is what the standard and adaptive retry modes treat as throttling.
 */
public enum CallOutcome {
    /** A response with a status below 300. */
    SUCCESS,
    /** The service refused the request (a status of 300 and above), or the client refused to send it (no
     *  credentials, invalid parameters, no endpoint, a handler's exception). */
    CLIENT_ERROR,
    /** The service failed (5xx). */
    SERVER_ERROR,
    /** The service asked the client to slow down: a throttling error code, whatever the status. */
    THROTTLED,
    /** No response at all: connection refused, timed out, reset, cut short. */
    IO_ERROR;

    // botocore's retries/standard.py throttling codes; the retry strategies read them from here
    private static final Set<String> THROTTLING_CODES = Set.of(
            "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
            "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
            "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled",
            "SlowDown", "PriorRequestNotComplete", "EC2ThrottledException");

    /** Whether the standard retry mode treats this error code as throttling. */
    public static boolean isThrottlingCode(String errorCode) {
        return errorCode != null && THROTTLING_CODES.contains(errorCode);
    }

    /** The outcome of a response with this status and error code (null when it has none). */
    public static CallOutcome ofResponse(int status, String errorCode) {
        if (isThrottlingCode(errorCode)) {
            return THROTTLED;
        }
        if (status >= 500) {
            return SERVER_ERROR;
        }
        if (status >= 300 || errorCode != null) {
            return CLIENT_ERROR;
        }
        return SUCCESS;
    }

    /**
     * The outcome of a call that threw {@code failure}: a {@link ClientError} by its response, a connection
     * failure ({@link EndpointConnectionError}, an I/O exception) as {@link #IO_ERROR}, anything else (no
     * credentials, parameter validation, endpoint resolution, a handler's exception) as {@link #CLIENT_ERROR}.
     */
    public static CallOutcome ofFailure(Throwable failure) {
        if (failure instanceof ClientError e) {
            return ofResponse(e.getHttpStatusCode(), e.getErrorCode());
        }
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 8; depth++, t = t.getCause()) {
            if (t instanceof EndpointConnectionError || t instanceof IOException || t instanceof UncheckedIOException) {
                return IO_ERROR;
            }
        }
        return CLIENT_ERROR;
    }
}
