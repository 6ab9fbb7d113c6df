package io.boto4j.internal.retry;

import java.util.Locale;
import java.util.Map;

/**
 * What one attempt of a call produced, as the retry strategies need it: the status and error code of a
 * response, or the kind of connection failure, plus the facts only the caller can know (whether the
 * operation's model marks the error retryable or throttling).
 *
 * @param attempt         1-based number of the attempt this outcome is for
 * @param statusCode      HTTP status, or 0 when there was no response
 * @param errorCode       the parsed error code, or null
 * @param failure         the connection failure, {@link FailureKind#NONE} when there was a response
 * @param headers         response headers with lower-case names (may be empty, never null)
 * @param body            the buffered response body when known (legacy crc32 policies read it), else null
 * @param modeledRetry    the error's model trait: null when not modeled retryable, else whether it is throttling
 * @param callerRetryable a service customization (or the clock-skew corrector) asks for a retry of this error
 */
public record AttemptOutcome(int attempt, int statusCode, String errorCode, FailureKind failure,
        Map<String, String> headers, byte[] body, ModeledRetry modeledRetry, boolean callerRetryable) {

    /** The {@code retryable} trait of a modeled error. */
    public enum ModeledRetry { TRANSIENT, THROTTLING }

    public AttemptOutcome {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt numbers start at 1, got " + attempt);
        }
        failure = failure == null ? FailureKind.NONE : failure;
        headers = headers == null ? Map.of() : headers;
    }

    /** An attempt that got a response. */
    public static AttemptOutcome response(int attempt, int statusCode, String errorCode,
            Map<String, String> lowerCaseHeaders) {
        return new AttemptOutcome(attempt, statusCode, errorCode, FailureKind.NONE, lowerCaseHeaders, null, null,
                false);
    }

    /** An attempt that got no response. */
    public static AttemptOutcome failure(int attempt, FailureKind kind) {
        return new AttemptOutcome(attempt, 0, null, kind, Map.of(), null, null, false);
    }

    public AttemptOutcome withBody(byte[] responseBody) {
        return new AttemptOutcome(attempt, statusCode, errorCode, failure, headers, responseBody, modeledRetry,
                callerRetryable);
    }

    public AttemptOutcome withModeledRetry(ModeledRetry trait) {
        return new AttemptOutcome(attempt, statusCode, errorCode, failure, headers, body, trait, callerRetryable);
    }

    public AttemptOutcome withCallerRetryable(boolean retryable) {
        return new AttemptOutcome(attempt, statusCode, errorCode, failure, headers, body, modeledRetry, retryable);
    }

    public boolean hasResponse() {
        return failure == FailureKind.NONE;
    }

    public boolean isSuccess() {
        return hasResponse() && statusCode >= 200 && statusCode < 300 && errorCode == null;
    }

    String header(String lowerCaseName) {
        String v = headers.get(lowerCaseName);
        if (v == null && !headers.isEmpty()) {
            // tolerate callers that kept the wire spelling
            for (Map.Entry<String, String> e : headers.entrySet()) {
                if (e.getKey().toLowerCase(Locale.ROOT).equals(lowerCaseName)) {
                    return e.getValue();
                }
            }
        }
        return v;
    }

    @Override
    public String toString() {
        return "AttemptOutcome[attempt=" + attempt + ", status=" + statusCode + ", errorCode=" + errorCode
                + ", failure=" + failure + "]";
    }
}
