package io.boto4j.internal.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;

/** The own writer against Jackson's generator, as the SDK configured it, as the oracle: byte for byte. */
class JsonWriterTest {

    @Test
    void tenThousandRandomDocumentsAreWrittenByteForByteAsJacksonWritesThem() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            long seed = random.nextLong();
            JsonWriter mine = new JsonWriter(16);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (JsonGenerator jackson = Json.factory().createGenerator(out)) {
                document(new Random(seed), mine, jackson, 0);
            }
            byte[] expected = out.toByteArray();
            assertArrayEquals(expected, mine.toByteArray(), () -> "document " + seed + ": "
                    + new String(expected, StandardCharsets.UTF_8));
        }
    }

    @Test
    void anUnpairedSurrogateIsRefusedRatherThanWrittenAsAQuestionMark() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new JsonWriter(8).string("ab\ud800c"));
        assertTrue(e.getMessage().contains("U+D800") && e.getMessage().contains("index 2"), e.getMessage());
    }

    /** One random value written to both: objects and arrays nest up to four levels. */
    private static void document(Random r, JsonWriter mine, JsonGenerator jackson, int depth) {
        int kind = r.nextInt(depth < 4 ? 10 : 8);
        switch (kind) {
            case 0: {
                String s = text(r);
                mine.string(s);
                jackson.writeString(s);
                break;
            }
            case 1: {
                long v = r.nextInt(4) == 0 ? r.nextLong() : r.nextInt(1000) - 500;
                mine.number(v);
                jackson.writeNumber(v);
                break;
            }
            case 2: {
                double d = switch (r.nextInt(6)) {
                    case 0 -> Double.NaN;
                    case 1 -> r.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
                    case 2 -> r.nextDouble() * Math.pow(10, r.nextInt(40) - 20);
                    case 3 -> (double) r.nextFloat();
                    default -> r.nextGaussian() * 1e6;
                };
                mine.number(d);
                jackson.writeNumber(d);
                break;
            }
            case 3: {
                BigDecimal d = new BigDecimal(new BigInteger(80, r), r.nextInt(30) - 10);
                mine.number(d);
                jackson.writeNumber(d);
                break;
            }
            case 4: {
                BigInteger b = new BigInteger(100, r).subtract(BigInteger.ONE.shiftLeft(99));
                mine.number(b);
                jackson.writeNumber(b);
                break;
            }
            case 5: {
                boolean b = r.nextBoolean();
                mine.bool(b);
                jackson.writeBoolean(b);
                break;
            }
            case 6:
                mine.nullValue();
                jackson.writeNull();
                break;
            case 7: {
                String n = Long.toString(r.nextLong()) + "." + r.nextInt(1000);
                mine.numberText(n);
                jackson.writeNumber(n);
                break;
            }
            case 8: {
                mine.startArray();
                jackson.writeStartArray();
                for (int i = r.nextInt(5); i > 0; i--) {
                    document(r, mine, jackson, depth + 1);
                }
                mine.endArray();
                jackson.writeEndArray();
                break;
            }
            default: {
                mine.startObject();
                jackson.writeStartObject();
                for (int i = r.nextInt(5); i > 0; i--) {
                    String name = text(r);
                    mine.name(name);
                    jackson.writeName(name);
                    document(r, mine, jackson, depth + 1);
                }
                mine.endObject();
                jackson.writeEndObject();
            }
        }
    }

    /** A string of every class of character: ASCII, quotes, backslashes, controls, Latin-1, CJK, emoji. */
    private static String text(Random r) {
        StringBuilder s = new StringBuilder();
        for (int i = r.nextInt(20); i > 0; i--) {
            switch (r.nextInt(7)) {
                case 0 -> s.append((char) (0x20 + r.nextInt(0x5F)));
                case 1 -> s.append(r.nextBoolean() ? '"' : '\\');
                case 2 -> s.append((char) r.nextInt(0x20));
                case 3 -> s.append((char) (0x7F + r.nextInt(0x100)));
                case 4 -> s.append((char) (0x800 + r.nextInt(0xD000)));
                case 5 -> s.appendCodePoint(0x10000 + r.nextInt(0x100000));
                default -> s.append("abc");
            }
        }
        return s.toString();
    }
}
