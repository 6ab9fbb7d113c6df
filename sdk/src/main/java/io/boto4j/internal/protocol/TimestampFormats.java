package io.boto4j.internal.protocol;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.Date;
import java.util.Locale;

/**
 * Timestamps on the way out: what a caller may pass as a timestamp parameter, and the three wire formats
 * ({@code iso8601}, {@code rfc822}, {@code unixTimestamp}) written with botocore's default precision
 * (microseconds in ISO 8601 when there are any, whole seconds elsewhere).
 */
public final class TimestampFormats {
    public static final String ISO8601 = "iso8601";
    public static final String RFC822 = "rfc822";
    public static final String UNIX_TIMESTAMP = "unixTimestamp";

    private static final DateTimeFormatter ISO_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ISO_MICROS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    // formatdate(usegmt=True): the day of month always has two digits, unlike RFC_1123_DATE_TIME
    private static final DateTimeFormatter RFC822_FORMAT =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private TimestampFormats() {
    }

    /**
     * The instant a caller's value stands for: an {@link Instant}, {@link Date}, {@link Calendar},
     * {@link OffsetDateTime}, {@link ZonedDateTime}, {@link LocalDateTime} or {@link LocalDate} (read as UTC),
     * a number of epoch seconds, or a string holding epoch seconds or an ISO 8601 date/time.
     *
     * @throws IllegalArgumentException when the value is none of these
     */
    public static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Date d) {
            return d.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDate d) {
            return d.atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof Calendar c) {
            return c.toInstant();
        }
        if (value instanceof Number n && !(value instanceof Byte)) {
            return fromEpochSeconds(new BigDecimal(n.toString()));
        }
        if (value instanceof CharSequence cs) {
            return parse(cs.toString().trim());
        }
        throw new IllegalArgumentException("not a timestamp: " + (value == null ? "null" : value.getClass().getName()));
    }

    /** True when {@link #toInstant(Object)} accepts the value. */
    public static boolean isTimestamp(Object value) {
        try {
            toInstant(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Instant fromEpochSeconds(BigDecimal seconds) {
        BigDecimal whole = seconds.setScale(0, java.math.RoundingMode.FLOOR);
        long nanos = seconds.subtract(whole).movePointRight(9).setScale(0, java.math.RoundingMode.HALF_EVEN)
                .longValueExact();
        return Instant.ofEpochSecond(whole.longValueExact(), nanos);
    }

    private static Instant parse(String s) {
        if (s.isEmpty()) {
            throw new IllegalArgumentException("not a timestamp: empty string");
        }
        if (isNumeric(s)) {
            return fromEpochSeconds(new BigDecimal(s));
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException ignored) {
            // fall through: no offset, a space instead of 'T', or a date alone
        }
        String t = s.replace(' ', 'T');
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // fall through
        }
        try {
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // fall through
        }
        try {
            return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // fall through
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a timestamp: \"" + s + "\"");
        }
    }

    private static boolean isNumeric(String s) {
        int i = s.charAt(0) == '-' ? 1 : 0;
        boolean digits = false;
        boolean dot = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return false;
            }
        }
        return digits;
    }

    /** {@code 2014-04-29T18:30:38Z}, with six fraction digits when the instant has sub-second microseconds. */
    public static String iso8601(Instant t) {
        Instant micros = t.truncatedTo(ChronoUnit.MICROS);
        return micros.getNano() == 0 ? ISO_SECONDS.format(micros) : ISO_MICROS.format(micros);
    }

    /** {@code Tue, 29 Apr 2014 18:30:38 GMT} (seconds precision). */
    public static String rfc822(Instant t) {
        return RFC822_FORMAT.format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Whole epoch seconds (fractions dropped, as botocore's default precision does). */
    public static long unixSeconds(Instant t) {
        return t.getEpochSecond();
    }

    /** The value in {@code format} (case-insensitive: iso8601, rfc822, unixTimestamp) as text. */
    public static String format(Instant t, String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "iso8601" -> iso8601(t);
            case "rfc822" -> rfc822(t);
            case "unixtimestamp" -> Long.toString(unixSeconds(t));
            default -> throw new IllegalArgumentException("unknown timestampFormat: " + format);
        };
    }

    /** True when {@code format} names the unix-timestamp format (numbers, not strings, in JSON and CBOR). */
    public static boolean isUnix(String format) {
        return format != null && format.equalsIgnoreCase(UNIX_TIMESTAMP);
    }
}
