package io.boto4j.internal.protocol;

import io.boto4j.internal.json.JsonTrees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.internal.json.Json;
import io.boto4j.testsupport.Python;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Timestamps in every form services send, read as botocore's parse_timestamp reads them (the oracle). */
class TimestampParsingTest {
    private static final List<String> FORMS = List.of(
            "2024-01-02T03:04:05Z", "2024-01-02T03:04:05.123Z", "2024-01-02T03:04:05.123456Z",
            "2024-01-02T03:04:05.1Z", "2024-02-29T23:59:59.999Z", "2024-01-02T03:04:05+02:00",
            "2024-01-02T03:04:05.5-05:30", "2024-01-02T03:04:05.000+00:00", "Tue, 02 Jan 2024 03:04:05 GMT",
            "Sun, 06 Nov 1994 08:49:37 GMT", "1704164645", "1704164645.25", "0", "-86400.5",
            "20240102T030405Z", "1970-01-01T00:00:00Z");

    @Test
    void readsEveryFormAsBotocoreDoes() {
        String out = Python.run("""
                import sys, json
                from botocore.utils import parse_timestamp
                print(json.dumps([parse_timestamp(s).timestamp() for s in json.load(sys.stdin)]))
                """, Json.write(FORMS));
        List<?> expected = (List) JsonTrees.toJava(parse(out));
        for (int i = 0; i < FORMS.size(); i++) {
            Instant ours = TimestampParsing.parse(FORMS.get(i));
            double seconds = ours.getEpochSecond() + ours.getNano() / 1e9;
            assertEquals(((Number) expected.get(i)).doubleValue(), seconds, 1e-6, FORMS.get(i));
        }
    }

    private static io.boto4j.internal.json.JsonNode parse(String s) {
        try {
            return Json.parse(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void rejectsTextThatIsNoTimestampNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TimestampParsing.parse("YYYY-MM-DDTHH:MM:SS.000Z"));
        assertTrue(e.getMessage().contains("YYYY-MM-DDTHH:MM:SS.000Z"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TimestampParsing.parse(""));
        assertThrows(IllegalArgumentException.class, () -> TimestampParsing.parse("2024-13-01T00:00:00Z"));
    }

    @Test
    void readsEveryCalendarDayOfFourCenturiesAsJavaTimeDoes() {
        // leap years of every kind (1600, 1700, 2000, 2100, ...) and each month's last day
        for (LocalDate d = LocalDate.of(1599, 12, 25); d.isBefore(LocalDate.of(2401, 1, 5)); d = d.plusDays(1)) {
            String text = d + "T23:59:58.250Z";
            assertEquals(Instant.parse(text), TimestampParsing.parse(text), text);
        }
    }

    @Test
    void refusesDaysTheirMonthDoesNotHave() {
        assertThrows(IllegalArgumentException.class, () -> TimestampParsing.parse("2023-02-29T00:00:00Z"));
        assertThrows(IllegalArgumentException.class, () -> TimestampParsing.parse("2100-02-29T00:00:00.000Z"));
        assertThrows(IllegalArgumentException.class, () -> TimestampParsing.parse("2024-04-31T00:00:00Z"));
        assertEquals(Instant.parse("2000-02-29T00:00:00Z"), TimestampParsing.parse("2000-02-29T00:00:00Z"));
    }

    @Test
    void fractionsOfEveryLengthReadAsJavaTimeReadsThemAndDigitsPastNanosecondsAreDropped() {
        String digits = "987654321";
        for (int n = 1; n <= 9; n++) {
            String text = "2024-03-04T05:06:07." + digits.substring(0, n) + "Z";
            assertEquals(Instant.parse(text), TimestampParsing.parse(text), text);
        }
        assertEquals(Instant.parse("2024-03-04T05:06:07.987654321Z"),
                TimestampParsing.parse("2024-03-04T05:06:07.987654321999Z"));
        assertEquals(Instant.parse("2024-03-04T05:06:07.987654321Z"),
                TimestampParsing.parse("2024-03-04T05:06:07.9876543219999999999999999Z"));
        assertThrows(IllegalArgumentException.class, () -> TimestampParsing.parse("2024-03-04T05:06:07.98x4Z"));
    }
}
