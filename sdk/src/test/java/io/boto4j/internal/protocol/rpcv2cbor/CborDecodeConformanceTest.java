package io.boto4j.internal.protocol.rpcv2cbor;

import io.boto4j.testsupport.JacksonTrees;
import io.boto4j.internal.json.JsonTrees;
import io.boto4j.internal.model.ModelTrees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.ObjectNode;
import io.boto4j.exception.ResponseParserError;
import io.boto4j.internal.json.Json;
import io.boto4j.model.ServiceModel;
import io.boto4j.model.StructureShape;
import io.boto4j.testsupport.Corpus;
import io.boto4j.testsupport.KnownFailures;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * botocore's CBOR decoding corpus ({@code cbor/decode-*-tests.json}) run through the production decoder: each
 * item becomes the value of member {@code v} of a one-entry CBOR map and is read by
 * {@link RpcV2CborParser#readCbor} against a shape of the item's expected type (uint/negint as long or
 * biginteger, float32 as float, float64 as double, byte strings as blobs, lists, maps, tag 1 as a timestamp), and
 * the value it returns must be the corpus's. Every error case must raise boto4j's {@link ResponseParserError}.
 * Tag ids other than 1 are not surfaced by the protocol (Smithy gives them no meaning; botocore skips the tag
 * cases), so for them only the tagged value is compared.
 */
class CborDecodeConformanceTest {
    private static final KnownFailures KNOWN = KnownFailures.forSuite("cbor-decode");
    private static final Path ROOT = Corpus.dir("cbor");

    @TestFactory
    Stream<DynamicNode> decodesEverySuccessCaseAndRejectsEveryErrorCase() throws IOException {
        JsonNode success = Json.parse(Files.readAllBytes(ROOT.resolve("decode-success-tests.json")));
        JsonNode errors = Json.parse(Files.readAllBytes(ROOT.resolve("decode-error-tests.json")));
        List<DynamicNode> tests = new ArrayList<>();
        for (JsonNode c : success) {
            String id = c.get("description").asString();
            tests.add(DynamicTest.dynamicTest(id, () -> KNOWN.run("success", id, () -> decodes(c))));
        }
        for (JsonNode c : errors) {
            String id = c.get("description").asString();
            tests.add(DynamicTest.dynamicTest(id, () -> KNOWN.run("error", id, () -> rejects(c))));
        }
        Corpus.assertLoaded("cbor-decode", Corpus.jsonCount(ROOT.resolve("decode-success-tests.json"))
                + Corpus.jsonCount(ROOT.resolve("decode-error-tests.json")), tests.size());
        tests.add(KNOWN.everyEntryWasUsed());
        return tests.stream();
    }

    private static void decodes(JsonNode c) {
        JsonNode expect = c.get("expect");
        Map<String, Object> out = RpcV2CborParser.readCbor(wrapperShape(expect), wrapped(c.get("input").asString()));
        Object expected = JacksonTrees.plain(expected(expect));
        assertEquals(expected, JacksonTrees.plain(actual(expect, out.get("v"))));
    }

    private static void rejects(JsonNode c) {
        ObjectNode doc = JsonTrees.object().put("type", "structure").put("document", true);
        ResponseParserError e = assertThrows(ResponseParserError.class,
                () -> RpcV2CborParser.readCbor(wrapper(doc), wrapped(c.get("input").asString())),
                "decoded without error: " + c.get("input").asString());
        assertEquals(true, e.getMessage().startsWith("invalid CBOR"), e.getMessage());
    }

    /** The item as member {@code v} of a one-entry map (0xa1, text "v"). */
    private static byte[] wrapped(String hex) {
        byte[] item = HexFormat.of().parseHex(hex);
        byte[] out = new byte[item.length + 3];
        out[0] = (byte) 0xa1;
        out[1] = 0x61;
        out[2] = 'v';
        System.arraycopy(item, 0, out, 3, item.length);
        return out;
    }

    private static StructureShape wrapperShape(JsonNode expect) {
        return wrapper(shapeFor(expect));
    }

    private static StructureShape wrapper(JsonNode itemShape) {
        ObjectNode model = JsonTrees.object();
        model.putObject("metadata").put("protocol", "smithy-rpc-v2-cbor");
        model.putObject("operations");
        ObjectNode shapes = model.putObject("shapes");
        ObjectNode top = shapes.putObject("Top").put("type", "structure");
        top.putObject("members").putObject("v").put("shape", name(shapes, itemShape));
        return (StructureShape) ModelTrees.fromTree("cbor", model).shape("Top");
    }

    /** Adds a shape tree (nested shapes inline under "member"/"value") to {@code shapes}; returns its name. */
    private static String name(ObjectNode shapes, JsonNode shape) {
        ObjectNode copy = (ObjectNode) shape.deepCopy();
        for (String nested : List.of("member", "value")) {
            if (copy.has(nested)) {
                copy.putObject(nested).put("shape", name(shapes, shape.get(nested)));
            }
        }
        if (copy.has("value")) {
            copy.putObject("key").put("shape", name(shapes, JsonTrees.object().put("type", "string")));
        }
        String n = "S" + shapes.size();
        shapes.set(n, copy);
        return n;
    }

    /** The shape a value of the corpus's typed form is read as. */
    private static JsonNode shapeFor(JsonNode expect) {
        String kind = expect.propertyNames().iterator().next();
        JsonNode v = expect.get(kind);
        ObjectNode s = JsonTrees.object();
        switch (kind) {
            case "uint", "negint" -> s.put("type", v.decimalValue().toBigIntegerExact().bitLength() < 64 ? "long" : "biginteger");
            case "float32" -> s.put("type", "float");
            case "float64" -> s.put("type", "double");
            case "bytestring" -> s.put("type", "blob");
            case "string" -> s.put("type", "string");
            case "bool" -> s.put("type", "boolean");
            case "null" -> s.put("type", "string");
            case "list" -> s.put("type", "list").set("member", v.isEmpty()
                    ? JsonTrees.object().put("type", "string") : shapeFor(v.get(0)));
            case "map" -> s.put("type", "map").set("value", v.isEmpty()
                    ? JsonTrees.object().put("type", "string") : shapeFor(v.values().iterator().next()));
            case "tag" -> {
                if (v.get("id").numberValue().longValue() == 1) {
                    s.put("type", "timestamp");
                } else {
                    return shapeFor(v.get("value"));
                }
            }
            default -> throw new IllegalArgumentException("unknown corpus kind " + kind);
        }
        return s;
    }

    /** The expected value, in the terms the decoder returns (tags other than 1 reduced to their value). */
    private static Object expected(JsonNode expect) {
        String kind = expect.propertyNames().iterator().next();
        JsonNode v = expect.get(kind);
        return switch (kind) {
            case "uint", "negint" -> v.decimalValue().toBigIntegerExact().toString();
            case "float32", "float64" -> v.numberValue().longValue();
            case "bytestring" -> v;
            case "string" -> v.asString();
            case "bool" -> v.asBoolean();
            case "null" -> null;
            case "list" -> {
                List<Object> out = new ArrayList<>();
                v.forEach(x -> out.add(expected(x)));
                yield out;
            }
            case "map" -> {
                Map<String, Object> out = new LinkedHashMap<>();
                v.properties().iterator().forEachRemaining(e -> out.put(e.getKey(), expected(e.getValue())));
                yield out;
            }
            case "tag" -> v.get("id").numberValue().longValue() == 1
                    ? Instant.ofEpochSecond(v.get("value").path("uint").numberValue().longValue()).toString()
                    : expected(v.get("value"));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** What the decoder returned, in the same terms (floats as their IEEE-754 bits, blobs as unsigned bytes). */
    private static Object actual(JsonNode expect, Object value) {
        String kind = expect.propertyNames().iterator().next();
        JsonNode v = expect.get(kind);
        if (value == null) {
            return null;
        }
        return switch (kind) {
            case "uint", "negint" -> new BigInteger(value.toString()).toString();
            case "float32" -> (long) Float.floatToRawIntBits((Float) value) & 0xffffffffL;
            case "float64" -> Double.doubleToRawLongBits((Double) value);
            case "bytestring" -> {
                List<Integer> out = new ArrayList<>();
                for (byte b : (byte[]) value) {
                    out.add(b & 0xff);
                }
                yield out;
            }
            case "list" -> {
                List<Object> out = new ArrayList<>();
                List<?> items = (List<?>) value;
                for (int i = 0; i < items.size(); i++) {
                    out.add(actual(v.get(Math.min(i, v.size() - 1)), items.get(i)));
                }
                yield out;
            }
            case "map" -> {
                Map<String, Object> out = new LinkedHashMap<>();
                ((Map<?, ?>) value).forEach((k, x) -> out.put(k.toString(),
                        actual(v.has(k.toString()) ? v.get(k.toString()) : v.values().iterator().next(), x)));
                yield out;
            }
            case "tag" -> v.get("id").numberValue().longValue() == 1 ? value.toString() : actual(v.get("value"), value);
            default -> value;
        };
    }

    @AfterAll
    static void printCounts() {
        KNOWN.printCounts();
    }
}
