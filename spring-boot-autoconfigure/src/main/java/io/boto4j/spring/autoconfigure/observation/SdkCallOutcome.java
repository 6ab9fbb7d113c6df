package io.boto4j.spring.autoconfigure.observation;

import io.boto4j.exception.CallOutcome;

/**
 * How an SDK call ended, as the {@code outcome} key of {@code boto4j.client.requests} reports it: the SDK's
 * {@link CallOutcome} under the starter's tag contract.
 */
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

    /** The outcome of a call that got a response with this status and error code (null when none). */
    public static SdkCallOutcome of(int status, String errorCode) {
        return of(CallOutcome.ofResponse(status, errorCode));
    }

    /** The SDK's classification (the one its retry strategies use) under this tag's name. */
    public static SdkCallOutcome of(CallOutcome outcome) {
        return valueOf(outcome.name());
    }
}
