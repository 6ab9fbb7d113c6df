package io.boto4j.internal.protocol;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads timestamps in any of the forms services send, whatever the model's {@code timestampFormat} says
 * (botocore's parser is just as lenient): epoch seconds (with fraction), ISO 8601 and RFC 822/1123 dates.
 * The common {@code 2024-01-02T03:04:05.000Z} form is read by hand, since large listings carry one per item, and
 * so is the canonical HTTP date {@code Tue, 02 Jan 2024 03:04:05 GMT}, which S3 sends as Last-Modified on every
 * object read: java.time's RFC 1123 parser cost more than the rest of reading GetObject's headers.
 */
public final class TimestampParsing {
    private TimestampParsing() {
    }

    /** Parses a timestamp string; an unreadable one raises {@link IllegalArgumentException} naming it. */
    public static Instant parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("Invalid timestamp: null");
        }
        String s = text.trim();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("Invalid timestamp \"\"");
        }
        Instant fast = parseIsoUtcFast(s);
        if (fast == null) {
            fast = HttpDates.parseCanonical(s);
        }
        if (fast != null) {
            return fast;
        }
        if (looksNumeric(s)) {
            return fromEpochSeconds(new BigDecimal(s));
        }
        try {
            if (Character.isLetter(s.charAt(0))) {
                return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            }
            return parseIsoLenient(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Invalid timestamp \"" + text + "\"", e);
        }
    }

    /** Epoch seconds, possibly fractional, as an instant (millisecond precision and beyond kept). */
    public static Instant fromEpochSeconds(BigDecimal seconds) {
        BigDecimal floor = seconds.setScale(0, java.math.RoundingMode.FLOOR);
        long nanos = seconds.subtract(floor).movePointRight(9).setScale(0, java.math.RoundingMode.HALF_EVEN).longValue();
        return Instant.ofEpochSecond(floor.longValueExact(), nanos);
    }

    public static Instant fromEpochSeconds(double seconds) {
        if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("Invalid timestamp " + seconds);
        }
        return fromEpochSeconds(BigDecimal.valueOf(seconds));
    }

    /** Event-stream timestamp headers carry epoch milliseconds. */
    public static Instant fromEpochMillis(long millis) {
        return Instant.ofEpochMilli(millis);
    }

    private static boolean looksNumeric(String s) {
        int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
        if (i >= s.length()) {
            return false;
        }
        boolean digit = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '.' && c != 'e' && c != 'E' && c != '-' && c != '+') {
                return false;
            }
        }
        return digit;
    }

    private static Instant parseIsoLenient(String s) {
        String t = s.replace(' ', 'T');
        if (t.length() == 10) {
            t = t + "T00:00:00Z";
        }
        char last = t.charAt(t.length() - 1);
        boolean hasZone = last == 'Z' || last == 'z' || t.lastIndexOf('+') > 10 || t.lastIndexOf('-') > 10;
        if (!hasZone) {
            t = t + "Z";
        }
        if (t.indexOf('-') == 8 || (t.length() > 8 && t.charAt(4) != '-')) {
            // basic format 20240102T030405Z
            return ZonedDateTime.parse(t, DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss[.SSS]X")).toInstant();
        }
        return ZonedDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f+]Z}, or null when the text has any other form. */
    private static Instant parseIsoUtcFast(String s) {
        int n = s.length();
        // the form is ASCII: a character outside Latin-1 becomes '?' and fails the form as it would have anyway
        return n < 20 ? null : parseIsoUtc(s.getBytes(StandardCharsets.ISO_8859_1), 0, n);
    }

    /**
     * The ASCII text {@code b[from, to)} in the form {@code yyyy-MM-ddTHH:mm:ss[.f+]Z} as an instant, or null when
     * it has any other form (then {@link #parse} decides). An XML listing's LastModified is read this way from the
     * response bytes, with no String in between.
     */
    public static Instant parseIsoUtc(byte[] b, int from, int to) {
        int n = to - from;
        if (n < 20 || b[from + 4] != '-' || b[from + 7] != '-' || (b[from + 10] != 'T' && b[from + 10] != 't')
                || b[from + 13] != ':' || b[from + 16] != ':') {
            return null;
        }
        byte end = b[to - 1];
        if (end != 'Z' && end != 'z') {
            return null;
        }
        int year = digits(b, from, 4);
        int month = digits(b, from + 5, 2);
        int day = digits(b, from + 8, 2);
        int hour = digits(b, from + 11, 2);
        int minute = digits(b, from + 14, 2);
        int second = digits(b, from + 17, 2);
        if ((year | month | day | hour | minute | second) < 0 || month < 1 || month > 12 || day < 1 || day > 31
                || hour > 23 || minute > 59 || second > 60) {
            return null;
        }
        int nanos = 0;
        int i = from + 19;
        if (i < to - 1) {
            if (b[i] != '.') {
                return null;
            }
            i++;
            if (i >= to - 1) {
                return null;
            }
            // digits past the ninth are checked and dropped; no division per digit (it showed in listings)
            int used = 0;
            for (; i < to - 1; i++) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) {
                    return null;
                }
                if (used < 9) {
                    nanos = nanos * 10 + d;
                    used++;
                }
            }
            nanos *= NANO_SCALE[used];
        }
        if (second == 60) {
            second = 59;
        }
        if (day > lengthOfMonth(year, month)) {
            return null;
        }
        return Instant.ofEpochSecond(epochDay(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second,
                nanos);
    }

    /** What a fraction of {@code n} digits is multiplied by to give nanoseconds. */
    private static final int[] NANO_SCALE = {1, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private static boolean isLeap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /** The days of {@code month} (1 to 12) in {@code year}. */
    static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /**
     * Days since 1970-01-01 of a date in years 0 to 9999, by LocalDate.toEpochDay's arithmetic: a listing has a
     * timestamp per key, and building a LocalDate and a YearMonth for each showed in profiles.
     */
    static long epochDay(int year, int month, int day) {
        long total = 365L * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
        total += (367 * month - 362) / 12 + day - 1;
        if (month > 2) {
            total -= isLeap(year) ? 1 : 2;
        }
        return total - 719_528L;
    }

    private static int digits(byte[] b, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            byte c = b[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** The decimal number of {@code count} digits at {@code from}; -1 if any is not a digit. */
    static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
