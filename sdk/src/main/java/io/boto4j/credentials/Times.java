package io.boto4j.credentials;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads the expiry formats credential sources use: ISO 8601 text, Instant, or epoch milliseconds (SSO). */
final class Times {
    private Times() {
    }

    static Instant parse(Object value, String what) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Number n) {
            return Instant.ofEpochMilli(n.longValue());
        }
        String s = value.toString().strip();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException(what + " is not an ISO 8601 timestamp: '" + s + "'");
            }
        }
    }
}
