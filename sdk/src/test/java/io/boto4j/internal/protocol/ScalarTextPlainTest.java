package io.boto4j.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A scalar read from its bytes ({@link ScalarText#convertPlain}) is what the String path gives for the same text,
 * and every text the plain path declines is left to that path: the String conversion is the oracle.
 */
class ScalarTextPlainTest {
    private static final ScalarText.Kind[] KINDS = {ScalarText.Kind.INTEGER, ScalarText.Kind.LONG,
            ScalarText.Kind.BOOLEAN, ScalarText.Kind.TIMESTAMP};

    private static Object plain(ScalarText.Kind kind, String text) {
        // the text sits inside a larger array, as a leaf does inside a response body
        byte[] around = ("<x>" + text + "</x>").getBytes(StandardCharsets.UTF_8);
        return ScalarText.convertPlain(kind, around, 3, around.length - 4);
    }

    private static Object viaString(ScalarText.Kind kind, String text) {
        try {
            return ScalarText.convert(kind, text);
        } catch (IllegalArgumentException e) {
            return e.getClass();
        }
    }

    private static List<String> texts() {
        List<String> out = new ArrayList<>(List.of("0", "-0", "7", "-7", "+7", " 7", "7 ", "", "-", "--1", "1-",
                "2147483647", "2147483648", "-2147483648", "-2147483649", "999999999999999999",
                "-999999999999999999", "1000000000000000000", "9223372036854775807", "9223372036854775808",
                "1e3", "1.0", "0x10", "true", "false", "TRUE", "False", "tru", "truex", "yes", "1",
                "2024-01-02T03:04:05Z", "2024-01-02T03:04:05.123Z", "2024-01-02t03:04:05.1z",
                "2024-01-02T03:04:05.1234567891Z", "2024-01-02T03:04:05.Z", "2024-01-02T03:04:05+00:00",
                "2024-02-30T00:00:00Z", "2024-12-31T23:59:60Z", "2024-01-02 03:04:05Z", "1704164645",
                "\u0662\u0660\u0662\u0664-01-02T03:04:05Z", "Tue, 02 Jan 2024 03:04:05 GMT"));
        Random random = new Random(19);
        String alphabet = "0123456789-+ .:TZtfrue";
        for (int i = 0; i < 5000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(24);
            for (int k = 0; k < n; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void everyTextThePlainPathReadsConvertsAsItsStringDoes() {
        int read = 0;
        for (String text : texts()) {
            for (ScalarText.Kind kind : KINDS) {
                Object fast = plain(kind, text);
                if (fast != null) {
                    assertEquals(viaString(kind, text), fast, kind + " of '" + text + "'");
                    read++;
                }
            }
        }
        // the plain path must have read a real share of the cases, or this test checks nothing
        assertEquals(true, read > 200, "plain conversions: " + read);
    }

    @Test
    void theFormsListingsCarryAreReadPlainAndTheRestAreLeftToTheStringPath() {
        assertEquals(1024L, plain(ScalarText.Kind.LONG, "1024"));
        assertEquals(-3, plain(ScalarText.Kind.INTEGER, "-3"));
        assertEquals(Boolean.FALSE, plain(ScalarText.Kind.BOOLEAN, "false"));
        assertNotNull(plain(ScalarText.Kind.TIMESTAMP, "2024-01-02T12:34:56.000Z"));
        // a sign, white space, overflow, other spellings and other date forms: the String path decides
        assertNull(plain(ScalarText.Kind.INTEGER, "+3"));
        assertNull(plain(ScalarText.Kind.LONG, " 3"));
        assertNull(plain(ScalarText.Kind.INTEGER, "2147483648"));
        assertNull(plain(ScalarText.Kind.LONG, "1000000000000000000"));
        assertNull(plain(ScalarText.Kind.BOOLEAN, "TRUE"));
        assertNull(plain(ScalarText.Kind.TIMESTAMP, "Tue, 02 Jan 2024 03:04:05 GMT"));
        assertNull(plain(ScalarText.Kind.TEXT, "abc"));
        assertNull(plain(ScalarText.Kind.DOUBLE, "1.5"));
    }
}
