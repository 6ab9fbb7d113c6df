package io.boto4j.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The own tokenizer against Jackson's parser (configured as the SDK configures it) as the oracle: the same
 * tokens and texts for every input Jackson accepts, an error for every input it rejects, over hand-picked edge
 * cases and some 30,000 mutations of them.
 */
class JsonReaderTest {
    private static final List<String> SEEDS = List.of(
            "{}", "[]", "null", "true", "false", "0", "-0", "1.5", "-12.5e-3", "1E+9", "\"\"",
            "{\"a\":1,\"b\":[true,false,null],\"c\":{\"d\":\"e\"}}",
            "[1, 2 ,3 ,\n\t4\r\n]", "{\"n\" : -0.0, \"big\": 123456789012345678901234567890, \"l\": 9223372036854775807}",
            "{\"esc\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\\uD800\"}",
            "{\"utf8\":\"caf\u00e9 \u65e5\u672c \ud83d\ude00\"}", "[[[[[]]]]]", "[{\"a\":[{\"b\":[]}]}]",
            "\ufeff{\"bom\":1}", "1 2", "{\"a\":1} {\"b\":2}", "[0.1000, 1e400, -2147483649, 2147483648]",
            "{\"Messages\":[{\"Body\":\"hi\",\"MD5OfBody\":\"49f68a5c8493ec2c0bf489821c21fc3b\"}]}");
    private static final byte[] ALPHABET = "{}[]:,\"\\ -+.0123456789eEtrufalsn\n\t\r/u#'x".getBytes(StandardCharsets.UTF_8);

    @Test
    void handPickedEdgeCasesTokenizeAsJacksonDoes() {
        List<String> cases = new ArrayList<>(SEEDS);
        cases.addAll(List.of("", " ", "01", "-", "1.", ".5", "+1", "1e", "1e+", "tru", "truex", "nul", "[1,]",
                "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "{'a':1}", "[1 2]", "\"ab", "\"a\u0001\"", "\"\\x\"", "\"\\u12\"",
                "/* c */ 1", "# c\n1", "NaN", "Infinity", "1{}", "1[", "1.5x", "[1]x", "\"a\"x", "]", "}", ",",
                "{\"a\":}", "[,1]", "0x10", "00", "-01", "1.2.3", "[" + "[".repeat(600) + "]".repeat(601),
                "1" + "0".repeat(10_001), "\"\u00e9\"", "\"\ud83d\ude00\""));
        for (String c : cases) {
            agree(c.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void thirtyThousandMutationsTokenizeAsJacksonDoes() {
        Random random = new Random(20261207);
        int accepted = 0;
        for (int i = 0; i < 30_000; i++) {
            byte[] seed = SEEDS.get(random.nextInt(SEEDS.size())).getBytes(StandardCharsets.UTF_8);
            if (agree(mutate(seed, random))) {
                accepted++;
            }
        }
        // both outcomes are exercised, not just one
        assertTrue(accepted > 3_000 && accepted < 27_000, accepted + " of 30,000 mutations were valid JSON");
    }

    @Test
    void malformedUtf8IsRefusedWhereJacksonDecodesOverlongForms() {
        for (byte[] b : List.of(new byte[] {'"', (byte) 0xC0, (byte) 0x80, '"'},
                new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'},
                new byte[] {'"', (byte) 0xE0, (byte) 0x80, (byte) 0x80, '"'},
                new byte[] {'"', (byte) 0xF8, (byte) 0x80, (byte) 0x80, (byte) 0x80, '"'},
                new byte[] {'"', (byte) 0xC3, '"'})) {
            JacksonException e = assertThrows(JacksonException.class, () -> drain(new JsonReader(b)));
            assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
        }
    }

    @Test
    void anErrorNamesTheLineAndColumnWhereTheTextBroke() {
        byte[] b = "{\n  \"a\": [1,\n        2 3]}".getBytes(StandardCharsets.UTF_8);
        JacksonException e = assertThrows(JacksonException.class, () -> drain(new JsonReader(b)));
        assertEquals("Invalid JSON at line 3, column 11: expected ',' or ']' but found '3'", e.getMessage());
    }

    @Test
    void numbersConvertAsJacksonConvertsThem() {
        for (String n : List.of("0", "-0", "7", "-2147483648", "2147483647", "2147483648", "-9223372036854775808",
                "9223372036854775807", "9223372036854775808", "123456789012345678901234567890", "1.5", "-0.0",
                "1e3", "2.5E-3", "123456789.123456789")) {
            byte[] b = n.getBytes(StandardCharsets.UTF_8);
            JsonReader mine = new JsonReader(b);
            mine.next();
            try (JsonParser jackson = Json.factory().createParser(b)) {
                jackson.nextToken();
                assertEquals(jackson.getNumberValue(), mine.numberValue(), n);
                assertEquals(jackson.getDecimalValue(), mine.decimalValue(), n);
                assertEquals(jackson.getBigIntegerValue(), mine.bigIntegerValue(), n);
                assertEquals(jackson.getDoubleValue(), mine.doubleValue(), n);
                // compared as numbers: Jackson's float of "-0.0" is 0.0, the reader keeps the sign as Java does
                assertTrue(jackson.getFloatValue() == mine.floatValue(), n);
                assertEquals(outcome(jackson::getLongValue), outcome(mine::longValue), n);
                assertEquals(outcome(jackson::getIntValue), outcome(mine::intValue), n);
            }
        }
    }

    private static String outcome(java.util.function.Supplier<Object> value) {
        try {
            return String.valueOf(value.get());
        } catch (JacksonException e) {
            return "error";
        }
    }

    /** Whether the input is valid JSON; fails unless both tokenizers agree on it. */
    private static boolean agree(byte[] input) {
        String expected = jackson(input);
        String actual = mine(input);
        if (!expected.equals(actual) && !expected.endsWith("ERROR") && actual.endsWith("ERROR")
                && !isStrictUtf8(input)) {
            return false; // malformed UTF-8 that Jackson decodes leniently; the case above pins that down
        }
        assertEquals(expected.endsWith("ERROR") ? "ERROR" : expected, actual.endsWith("ERROR") ? "ERROR" : actual,
                () -> "input: " + new String(input, StandardCharsets.ISO_8859_1));
        return !expected.endsWith("ERROR");
    }

    private static String jackson(byte[] input) {
        StringBuilder out = new StringBuilder();
        try (JsonParser p = Json.factory().createParser(input)) {
            for (JsonToken t; (t = p.nextToken()) != null; ) {
                out.append(t.name()).append(' ');
                if (t == JsonToken.PROPERTY_NAME || t.isScalarValue()) {
                    out.append(p.getString()).append('|');
                }
            }
        } catch (JacksonException e) {
            out.append("ERROR");
        }
        return out.toString();
    }

    private static String mine(byte[] input) {
        StringBuilder out = new StringBuilder();
        try {
            JsonReader r = new JsonReader(input);
            for (TokenStream.Token t; (t = r.next()) != null; ) {
                out.append(jacksonName(t)).append(' ');
                if (t == TokenStream.Token.NAME || t.isScalar()) {
                    out.append(r.text()).append('|');
                }
            }
        } catch (JacksonException e) {
            out.append("ERROR");
        }
        return out.toString();
    }

    private static String jacksonName(TokenStream.Token t) {
        switch (t) {
            case NAME: return "PROPERTY_NAME";
            case STRING: return "VALUE_STRING";
            case INT: return "VALUE_NUMBER_INT";
            case FLOAT: return "VALUE_NUMBER_FLOAT";
            case TRUE: return "VALUE_TRUE";
            case FALSE: return "VALUE_FALSE";
            case NULL: return "VALUE_NULL";
            default: return t.name();
        }
    }

    private static void drain(JsonReader r) {
        while (r.next() != null) {
            r.text();
        }
    }

    private static boolean isStrictUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] mutate(byte[] seed, Random random) {
        byte[] b = seed.clone();
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && b.length > 0; e++) {
            int at = random.nextInt(b.length);
            // no NUL or other low byte at the very start: Jackson would take the text for UTF-16 or UTF-32
            byte with = random.nextInt(8) == 0 && at >= 4 ? (byte) random.nextInt(256) : ALPHABET[random.nextInt(ALPHABET.length)];
            switch (random.nextInt(3)) {
                case 0:
                    b[at] = with;
                    break;
                case 1: {
                    byte[] longer = new byte[b.length + 1];
                    System.arraycopy(b, 0, longer, 0, at);
                    longer[at] = with;
                    System.arraycopy(b, at, longer, at + 1, b.length - at);
                    b = longer;
                    break;
                }
                default: {
                    byte[] shorter = new byte[b.length - 1];
                    System.arraycopy(b, 0, shorter, 0, at);
                    System.arraycopy(b, at + 1, shorter, at, b.length - at - 1);
                    b = shorter;
                }
            }
        }
        return b;
    }
}
