package io.boto4j.internal.retry;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/**
 * Detects a local clock that is off from the service's: an error the service gives for badly timed signatures,
 * with a {@code Date} header far from local time. The offset it returns is what the signer's clock must add;
 * the caller applies it and may then retry the attempt.
 */
public final class ClockSkew {
    private static final Set<String> SKEW_ERROR_CODES = Set.of(
            "RequestTimeTooSkewed", "RequestExpired", "RequestInTheFuture", "InvalidSignatureException",
            "SignatureDoesNotMatch", "AuthFailure");
    // below this a signature error is not blamed on the clock (services accept 5 to 15 minutes of skew)
    private static final Duration THRESHOLD = Duration.ofMinutes(4);

    private ClockSkew() {
    }

    /** The server time minus {@code localNow}, when the outcome is a skew error and the difference is large. */
    public static Optional<Duration> offset(AttemptOutcome outcome, Instant localNow) {
        if (outcome.errorCode() == null || !SKEW_ERROR_CODES.contains(outcome.errorCode())) {
            return Optional.empty();
        }
        String date = outcome.header("date");
        if (date == null) {
            return Optional.empty();
        }
        Instant server;
        try {
            server = ZonedDateTime.parse(date.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        Duration skew = Duration.between(localNow, server);
        return skew.abs().compareTo(THRESHOLD) > 0 ? Optional.of(skew) : Optional.empty();
    }
}
