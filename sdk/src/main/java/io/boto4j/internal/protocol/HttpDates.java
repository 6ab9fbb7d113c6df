package io.boto4j.internal.protocol;

import java.time.Instant;

/**
 * The canonical HTTP date of RFC 9110 ({@code IMF-fixdate}: {@code Sun, 06 Nov 1994 08:49:37 GMT}) read by
 * hand. Only text that is exactly that form and self-consistent is read here; anything else (a one-digit
 * day, another zone, a weekday that does not match the date, a day past the month's end) is left to
 * java.time's RFC 1123 parser, so that its leniency and its errors stay what they were.
 */
final class HttpDates {
    private static final String DAYS = "MonTueWedThuFriSatSun";
    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

    private HttpDates() {
    }

    /** The instant of an IMF-fixdate, or null when the text is not one. */
    static Instant parseCanonical(String s) {
        if (s.length() != 29 || s.charAt(3) != ',' || s.charAt(4) != ' ' || s.charAt(7) != ' '
                || s.charAt(11) != ' ' || s.charAt(16) != ' ' || s.charAt(19) != ':' || s.charAt(22) != ':'
                || s.charAt(25) != ' ' || !s.endsWith("GMT")) {
            return null;
        }
        int weekday = nameIndex(DAYS, s, 0);
        int month = nameIndex(MONTHS, s, 8) + 1;
        int day = TimestampParsing.digits(s, 5, 2);
        int year = TimestampParsing.digits(s, 12, 4);
        int hour = TimestampParsing.digits(s, 17, 2);
        int minute = TimestampParsing.digits(s, 20, 2);
        int second = TimestampParsing.digits(s, 23, 2);
        if (weekday < 0 || month < 1 || (day | year | hour | minute | second) < 0 || day < 1
                || day > TimestampParsing.lengthOfMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        long epochDay = TimestampParsing.epochDay(year, month, day);
        // 1970-01-01 was a Thursday: Monday is 0 here, as in DAYS
        if (Math.floorMod(epochDay + 3, 7) != weekday) {
            return null;
        }
        return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3600L + minute * 60L + second);
    }

    private static int nameIndex(String names, String s, int at) {
        for (int i = 0; i < names.length(); i += 3) {
            if (names.regionMatches(i, s, at, 3)) {
                return i / 3;
            }
        }
        return -1;
    }
}
