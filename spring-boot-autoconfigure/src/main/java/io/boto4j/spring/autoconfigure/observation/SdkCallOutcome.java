package io.boto4j.spring.autoconfigure.observation;

import java.util.Set;

/** How an SDK call ended, as the {@code outcome} key of {@code boto4j.client.requests} reports it. */
public enum SdkCallOutcome {
    /** A response with a status below 300. */
    SUCCESS,
    /** The service refused the request (4xx), throttling aside. */
    CLIENT_ERROR,
    /** The service failed (5xx). */
    SERVER_ERROR,
    /** The service asked the client to slow down (a throttling error code, whatever the status). */
    THROTTLED,
    /** No response at all: connection refused, timed out, reset. */
    IO_ERROR;

    // The throttling codes of the standard retry mode (botocore's retries/standard.py), so a dashboard's
    // THROTTLED matches what the retry strategy treats as throttling.
    private static final Set<String> THROTTLING_CODES = Set.of(
            "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
            "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
            "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled",
            "SlowDown", "PriorRequestNotComplete", "EC2ThrottledException");

    /** The outcome of a call that got a response with this status and error code (null when none). */
    public static SdkCallOutcome of(int status, String errorCode) {
        if (errorCode != null && THROTTLING_CODES.contains(errorCode)) {
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
}
