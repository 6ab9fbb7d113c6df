package io.boto4j.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HttpDatesTest {
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    @Test
    void readsEveryCanonicalDateAsJavaTimesRfc1123ParserDoes() {
        List<Instant> instants = new ArrayList<>(List.of(Instant.EPOCH, Instant.parse("2024-02-29T23:59:59Z"),
                Instant.parse("2023-12-31T00:00:00Z"), Instant.parse("2000-02-29T12:00:00Z"),
                Instant.parse("1994-11-06T08:49:37Z"), Instant.parse("2100-03-01T00:00:01Z")));
        Random random = new Random(7);
        for (int i = 0; i < 5000; i++) {
            instants.add(Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 4_200_000_000L)));
        }
        for (Instant instant : instants) {
            String text = IMF_FIXDATE.format(instant);
            Instant expected = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            assertEquals(expected, HttpDates.parseCanonical(text), text);
            assertEquals(expected, TimestampParsing.parse(text), text);
        }
    }

    @Test
    void leavesEveryOtherFormToJavaTime() {
        for (String text : List.of("Tue, 2 Jan 2024 03:04:05 GMT", "Tue, 02 Jan 2024 03:04:05 +0000",
                "Mon, 02 Jan 2024 03:04:05 GMT", "Fri, 30 Feb 2024 03:04:05 GMT", "Tue, 02 jan 2024 03:04:05 GMT",
                "tue, 02 Jan 2024 03:04:05 GMT", "Tue, 02 Jan 2024 03:04:60 GMT", "Tue, 02 Jan 2024 24:00:00 GMT",
                "Tue, 02 Jan 2024 03:04:05 UTC", "Tue, 02 Jan 2024 03:04 GMT", "Tue, 0x Jan 2024 03:04:05 GMT")) {
            assertNull(HttpDates.parseCanonical(text), text);
        }
    }

    @Test
    void stillAcceptsTheFormsOnlyJavaTimeReads() {
        assertEquals(Instant.parse("2024-01-02T03:04:05Z"), TimestampParsing.parse("Tue, 2 Jan 2024 03:04:05 GMT"));
        assertEquals(Instant.parse("2024-01-02T01:04:05Z"), TimestampParsing.parse("Tue, 02 Jan 2024 03:04:05 +0200"));
        assertEquals(Instant.parse("2024-01-02T03:04:05Z"), TimestampParsing.parse("tue, 02 jan 2024 03:04:05 GMT"));
    }

    @Test
    void stillRejectsADateWhoseWeekdayContradictsIt() {
        assertThrows(IllegalArgumentException.class, () -> TimestampParsing.parse("Mon, 02 Jan 2024 03:04:05 GMT"));
    }
}
