package io.boto4j.internal.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClockSkewTest {
    private static final Instant LOCAL = Instant.parse("2026-11-26T10:00:00Z");

    private static AttemptOutcome skewError(String code, Instant serverTime) {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(serverTime.atZone(ZoneOffset.UTC));
        return AttemptOutcome.response(1, 403, code, Map.of("date", date));
    }

    @Test
    void offsetIsServerTimeMinusLocalTimeForSkewErrors() {
        Instant server = LOCAL.plus(Duration.ofMinutes(17));
        assertEquals(Optional.of(Duration.ofMinutes(17)),
                ClockSkew.offset(skewError("RequestTimeTooSkewed", server), LOCAL));
        assertEquals(Optional.of(Duration.ofMinutes(-30)),
                ClockSkew.offset(skewError("SignatureDoesNotMatch", LOCAL.minus(Duration.ofMinutes(30))), LOCAL));
    }

    @Test
    void smallDifferencesOtherErrorsAndBadDatesAreNotSkew() {
        assertTrue(ClockSkew.offset(skewError("SignatureDoesNotMatch", LOCAL.plusSeconds(30)), LOCAL).isEmpty());
        assertTrue(ClockSkew.offset(skewError("AccessDenied", LOCAL.plus(Duration.ofHours(1))), LOCAL).isEmpty());
        assertTrue(ClockSkew.offset(AttemptOutcome.response(1, 403, "RequestTimeTooSkewed",
                Map.of("date", "yesterday")), LOCAL).isEmpty());
        assertTrue(ClockSkew.offset(AttemptOutcome.response(1, 403, "RequestTimeTooSkewed", Map.of()), LOCAL)
                .isEmpty());
    }
}
