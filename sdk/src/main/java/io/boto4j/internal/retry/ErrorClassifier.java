package io.boto4j.internal.retry;

import java.util.Set;

/**
 * Standard-mode error classes, shared by the standard and adaptive strategies: transient errors (retry soon),
 * throttling errors (retry, and slow down in adaptive mode). The throttling codes are the public
 * {@link io.boto4j.exception.CallOutcome}'s, so metrics classify as the retry strategies do.
 */
final class ErrorClassifier {
    private static final Set<String> TRANSIENT_CODES = Set.of(
            "RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete");
    private static final Set<Integer> TRANSIENT_STATUS = Set.of(500, 502, 503, 504);

    private ErrorClassifier() {
    }

    static boolean isTransient(AttemptOutcome o) {
        if (o.errorCode() != null && TRANSIENT_CODES.contains(o.errorCode())) {
            return true;
        }
        if (o.hasResponse()) {
            return TRANSIENT_STATUS.contains(o.statusCode());
        }
        return o.failure().isConnectionError();
    }

    static boolean isThrottling(AttemptOutcome o) {
        return io.boto4j.exception.CallOutcome.isThrottlingCode(o.errorCode())
                || o.modeledRetry() == AttemptOutcome.ModeledRetry.THROTTLING;
    }

    /** Whether standard mode retries the outcome, attempts and quota aside. */
    static boolean isRetryable(AttemptOutcome o) {
        return isTransient(o) || isThrottling(o) || (o.errorCode() != null && o.modeledRetry() != null)
                || o.callerRetryable();
    }
}
