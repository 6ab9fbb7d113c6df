package io.boto4j.internal.retry;

import java.util.function.DoubleSupplier;

/**
 * Standard mode's backoff: truncated binary exponential with full jitter, {@code rand * min(2^(n-1), 20 s)}
 * after attempt n. A server's {@code x-amz-retry-after} (milliseconds) or {@code retry-after} (seconds) hint
 * is honoured, but never stretches the wait by more than 5 s beyond the computed delay.
 */
final class ExponentialBackoff {
    static final double MAX_BACKOFF_SECONDS = 20;
    private static final double RETRY_AFTER_MAX_ADDITIONAL = 5;

    private final DoubleSupplier random;

    ExponentialBackoff(DoubleSupplier random) {
        this.random = random;
    }

    double delaySeconds(AttemptOutcome outcome) {
        double delay = random.getAsDouble() * Math.min(Math.pow(2, outcome.attempt() - 1), MAX_BACKOFF_SECONDS);
        double hint = retryAfterSeconds(outcome);
        if (hint >= 0) {
            return Math.max(delay, Math.min(hint, RETRY_AFTER_MAX_ADDITIONAL + delay));
        }
        return delay;
    }

    private static double retryAfterSeconds(AttemptOutcome outcome) {
        String millis = outcome.header("x-amz-retry-after");
        if (millis != null) {
            return parseNonNegative(millis, 1000.0);
        }
        String seconds = outcome.header("retry-after");
        return seconds == null ? -1 : parseNonNegative(seconds, 1.0);
    }

    // a malformed hint (or an HTTP-date, which we do not interpret) is ignored rather than failing the call
    private static double parseNonNegative(String value, double divisor) {
        try {
            long v = Long.parseLong(value.trim());
            return v < 0 ? -1 : v / divisor;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
