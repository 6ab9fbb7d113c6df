package io.boto4j.internal.auth.signer;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The two renderings of the signing time: {@code 20150830T123600Z} and its date {@code 20150830}. */
record SigningTime(String timestamp, String date) {
    /** RFC 2822 as botocore writes it ({@code email.utils.formatdate}: "-0000" for UTC). */
    private static final class Rfc1123 {
        // in a holder: building a formatter costs a SigV4 process's first call some milliseconds it never uses
        static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss '-0000'",
                Locale.US);
    }

    static SigningTime of(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        StringBuilder b = new StringBuilder(16);
        pad(b, t.getYear(), 4);
        pad(b, t.getMonthValue(), 2);
        pad(b, t.getDayOfMonth(), 2);
        String date = b.toString();
        b.append('T');
        pad(b, t.getHour(), 2);
        pad(b, t.getMinute(), 2);
        pad(b, t.getSecond(), 2);
        b.append('Z');
        return new SigningTime(b.toString(), date);
    }

    static String httpDate(Instant instant) {
        return Rfc1123.FORMAT.format(LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC));
    }

    private static void pad(StringBuilder b, int v, int width) {
        String s = Integer.toString(v);
        for (int i = s.length(); i < width; i++) {
            b.append('0');
        }
        b.append(s);
    }
}
