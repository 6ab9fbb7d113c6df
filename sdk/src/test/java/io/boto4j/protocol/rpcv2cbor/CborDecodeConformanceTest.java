package io.boto4j.protocol.rpcv2cbor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORParser;
import io.boto4j.internal.json.Json;
import io.boto4j.testsupport.SharedData;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * botocore's CBOR decoding corpus ({@code cbor/decode-*-tests.json}) run against the decoder the
 * smithy-rpc-v2-cbor parser reads with (Jackson's CBORParser): each item is decoded into the corpus's typed
 * form ({@code {"uint": 1}}, floats as IEEE-754 bit patterns, tags with their id) and compared; every error
 * case must fail to decode.
 */
class CborDecodeConformanceTest {
    private static final CBORFactory CBOR = new CBORFactory();
    private static final int[] COUNTS = new int[3];
    private static final Map<String, String> KNOWN = known();

    private static Map<String, String> known() {
        try (var in = CborDecodeConformanceTest.class.getResourceAsStream("/known-failures/protocols.json")) {
            Map<String, String> out = new LinkedHashMap<>();
            Json.parse(in.readAllBytes()).path("cbor-decode").fields()
                    .forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> decodesEverySuccessCase() throws IOException {
        JsonNode cases = Json.parse(Files.readAllBytes(SharedData.conformance("cbor").resolve("decode-success-tests.json")));
        return StreamSupport.stream(cases.spliterator(), false).map(c -> DynamicTest.dynamicTest(
                c.get("description").asText(), () -> {
                    byte[] input = HexFormat.of().parseHex(c.get("input").asText());
                    Object expected = Json.MAPPER.convertValue(c.get("expect"), Object.class);
                    Object actual;
                    try (CBORParser p = (CBORParser) CBOR.createParser(input)) {
                        p.nextToken();
                        actual = normalize(typed(p));
                        if (p.nextToken() != null) {
                            fail("trailing data after the item");
                        }
                    }
                    String description = c.get("description").asText();
                    if (KNOWN.containsKey(description)) {
                        COUNTS[2]++;
                        if (expected.equals(actual)) {
                            fail("known failure now passes; remove it from known-failures/protocols.json");
                        }
                        System.out.println("KNOWN FAILURE cbor " + description + ": " + KNOWN.get(description));
                        return;
                    }
                    assertEquals(expected, actual);
                    COUNTS[0]++;
                }));
    }

    @TestFactory
    Stream<DynamicTest> rejectsEveryErrorCase() throws IOException {
        JsonNode cases = Json.parse(Files.readAllBytes(SharedData.conformance("cbor").resolve("decode-error-tests.json")));
        return StreamSupport.stream(cases.spliterator(), false).map(c -> DynamicTest.dynamicTest(
                c.get("description").asText(), () -> {
                    byte[] input = HexFormat.of().parseHex(c.get("input").asText());
                    try (CBORParser p = (CBORParser) CBOR.createParser(input)) {
                        p.nextToken();
                        typed(p);
                        p.nextToken();
                    } catch (IOException | RuntimeException expected) {
                        COUNTS[1]++;
                        return;
                    }
                    fail("decoded without error: " + c.get("input").asText());
                }));
    }

    /** The item at the current token in the corpus's typed form. */
    private static Object typed(CBORParser p) throws IOException {
        int tag = p.getCurrentTag();
        Object value = untagged(p);
        if (tag >= 0) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("id", tag);
            t.put("value", value);
            return Map.of("tag", t);
        }
        return value;
    }

    private static Object untagged(CBORParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            throw new IOException("unexpected end of payload");
        }
        switch (t) {
            case START_ARRAY: {
                List<Object> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(typed(p));
                }
                return Map.of("list", items);
            }
            case START_OBJECT: {
                Map<String, Object> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String k = p.currentName();
                    p.nextToken();
                    entries.put(k, typed(p));
                }
                return Map.of("map", entries);
            }
            case VALUE_NUMBER_INT: {
                BigInteger v = p.getBigIntegerValue();
                return Map.of(v.signum() < 0 ? "negint" : "uint", v);
            }
            case VALUE_NUMBER_FLOAT:
                if (p.getNumberType() == JsonParser.NumberType.FLOAT) {
                    return Map.of("float32", (long) Float.floatToRawIntBits(p.getFloatValue()) & 0xffffffffL);
                }
                return Map.of("float64", Double.doubleToRawLongBits(p.getDoubleValue()));
            case VALUE_EMBEDDED_OBJECT: {
                List<Integer> bytes = new ArrayList<>();
                for (byte b : p.getBinaryValue()) {
                    bytes.add(b & 0xff);
                }
                return Map.of("bytestring", bytes);
            }
            case VALUE_STRING:
                return Map.of("string", p.getText());
            case VALUE_TRUE:
                return Map.of("bool", true);
            case VALUE_FALSE:
                return Map.of("bool", false);
            case VALUE_NULL: {
                return Map.of("null", Map.of());
            }
            default:
                throw new IOException("unexpected token " + t);
        }
    }

    /** Numbers as the corpus's JSON reads them (Integer, Long or BigInteger by size). */
    private static Object normalize(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(k, normalize(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            return l.stream().map(CborDecodeConformanceTest::normalize).toList();
        }
        if (v instanceof Number n && !(v instanceof Double) && !(v instanceof Float)) {
            BigInteger b = new BigInteger(n.toString());
            if (b.bitLength() < 32) {
                return b.intValue();
            }
            return b.bitLength() < 64 ? (Object) b.longValue() : b;
        }
        return v;
    }

    @AfterAll
    static void printCounts() {
        System.out.printf("cbor decode corpus: %d success cases decoded, %d error cases rejected, %d known failures%n",
                COUNTS[0], COUNTS[1], COUNTS[2]);
    }
}
