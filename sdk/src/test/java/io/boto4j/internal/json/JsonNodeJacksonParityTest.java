package io.boto4j.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.testsupport.JacksonTrees;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * boto4j's trees answer every accessor the SDK calls as Jackson 3's trees do, on the same node: the same value,
 * or a refusal from both (Jackson's {@code JsonNodeException}, boto4j's {@link JsonTreeException}, both
 * {@code JacksonException}s). The SDK was written against Jackson's trees; this is what lets it keep its meaning.
 */
class JsonNodeJacksonParityTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** Jackson's node and boto4j's for the same value, named. */
    private record Pair(String name, tools.jackson.databind.JsonNode jackson, JsonNode mine) {
    }

    private static List<Pair> scalars() {
        List<Pair> out = new ArrayList<>();
        for (String s : List.of("12", "-3", "+3", "0012", " 12", "12 ", "1.0", "1e2", "1.5e3", "abc", "", "true",
                "false", "TRUE", "99999999999", "99999999999999999999", "1.9", "NaN", "Infinity", "0x10", "AQID",
                "a\"b\\c\n\u0001\u007f\u00e9\u2028/\t\b\f\r")) {
            out.add(new Pair("string " + s, F.stringNode(s), JsonTrees.string(s)));
        }
        for (int i : new int[] {0, 7, -1, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            out.add(new Pair("int " + i, F.numberNode(i), JsonTrees.number(i)));
        }
        for (long l : new long[] {0L, 5L, 1L << 40, Long.MIN_VALUE, Long.MAX_VALUE}) {
            out.add(new Pair("long " + l, F.numberNode(l), JsonTrees.number(l)));
        }
        for (String b : List.of("0", "5", "123456789012345678901234567890", "-9223372036854775809")) {
            out.add(new Pair("bigint " + b, F.numberNode(new BigInteger(b)), JsonTrees.number(new BigInteger(b))));
        }
        for (String d : List.of("1.50", "2.0", "-2.5", "1E+3", "0.1", "1e400", "123456789012.75", "3000000000.5",
                "2147483647.9", "-2147483648.5", "2147483648.0", "9223372036854775807.5", "0.0", "-0.0",
                "1e1000000", "-1E-1000000")) {
            out.add(new Pair("decimal " + d, F.numberNode(new BigDecimal(d)), JsonTrees.number(new BigDecimal(d))));
        }
        for (double d : new double[] {2.0, 2.5, -2.5, 1e10, 1e20, 1e-7, -0.0, 0.1, Double.NaN,
                Double.POSITIVE_INFINITY, 2147483647.5, -2147483648.5, 9.3e18}) {
            out.add(new Pair("double " + d, F.numberNode(d), JsonTrees.number(d)));
        }
        for (float f : new float[] {0.1f, 2.0f, Float.NaN}) {
            out.add(new Pair("float " + f, F.numberNode(f), JsonTrees.number(f)));
        }
        out.add(new Pair("true", F.booleanNode(true), JsonTrees.bool(true)));
        out.add(new Pair("false", F.booleanNode(false), JsonTrees.bool(false)));
        out.add(new Pair("null", F.nullNode(), JsonTrees.nullNode()));
        out.add(new Pair("missing", F.missingNode(), JsonTrees.missing()));
        out.add(new Pair("binary", F.binaryNode(new byte[] {1, 2, 3}), JsonTrees.binary(new byte[] {1, 2, 3})));
        return out;
    }

    private static List<Pair> all() {
        List<Pair> out = new ArrayList<>(scalars());
        for (String doc : List.of("{}", "[]", "{\"k\":\"v\",\"n\":null,\"o\":{\"x\":[1,2.5,\"s\"]}}",
                "[1,\"s\",null,[true],{\"a\":{}}]")) {
            out.add(new Pair("document " + doc, Json.mapper().readTree(doc), JsonTrees.read(doc)));
        }
        return out;
    }

    @Test
    void scalarAccessorsAnswerOrRefuseAsJacksonDoes() {
        int checked = 0;
        for (Pair p : all()) {
            checked += same(p, "asString()", n -> n.asString(), n -> n.asString());
            checked += same(p, "asString(d)", n -> n.asString("D"), n -> n.asString("D"));
            checked += same(p, "stringValue()", n -> n.stringValue(), n -> n.stringValue());
            checked += same(p, "stringValue(d)", n -> n.stringValue("D"), n -> n.stringValue("D"));
            checked += same(p, "asBoolean()", n -> n.asBoolean(), n -> n.asBoolean());
            checked += same(p, "asBoolean(true)", n -> n.asBoolean(true), n -> n.asBoolean(true));
            checked += same(p, "asBoolean(false)", n -> n.asBoolean(false), n -> n.asBoolean(false));
            checked += same(p, "booleanValue()", n -> n.booleanValue(), n -> n.booleanValue());
            checked += same(p, "booleanValue(d)", n -> n.booleanValue(true), n -> n.booleanValue(true));
            checked += same(p, "asInt()", n -> n.asInt(), n -> n.asInt());
            checked += same(p, "asInt(d)", n -> n.asInt(-9), n -> n.asInt(-9));
            checked += same(p, "intValue()", n -> n.intValue(), n -> n.intValue());
            checked += same(p, "intValue(d)", n -> n.intValue(-9), n -> n.intValue(-9));
            checked += same(p, "asLong()", n -> n.asLong(), n -> n.asLong());
            checked += same(p, "asLong(d)", n -> n.asLong(-9), n -> n.asLong(-9));
            checked += same(p, "longValue()", n -> n.longValue(), n -> n.longValue());
            checked += same(p, "asDouble()", n -> n.asDouble(), n -> n.asDouble());
            checked += same(p, "asDouble(d)", n -> n.asDouble(-9), n -> n.asDouble(-9));
            checked += same(p, "doubleValue()", n -> n.doubleValue(), n -> n.doubleValue());
            checked += same(p, "decimalValue()", n -> n.decimalValue(), n -> n.decimalValue());
            checked += same(p, "numberValue()", n -> n.numberValue(), n -> n.numberValue());
            checked += same(p, "binaryValue()", n -> hex(n.binaryValue()), n -> hex(n.binaryValue()));
            checked += same(p, "toString()", n -> n.toString(), n -> n.toString());
            checked += same(p, "kinds", JsonNodeJacksonParityTest::kinds, JsonNodeJacksonParityTest::kinds);
            checked += same(p, "size() isEmpty()", n -> n.size() + " " + n.isEmpty(), n -> n.size() + " " + n.isEmpty());
        }
        assertTrue(checked > 1500, "checked " + checked);
    }

    @Test
    void navigationAnswersAsJacksonDoes() {
        int checked = 0;
        for (Pair p : all()) {
            for (String name : List.of("k", "n", "o", "absent", "a")) {
                checked += same(p, "get(" + name + ")", n -> String.valueOf(n.get(name)), n -> String.valueOf(n.get(name)));
                checked += same(p, "path(" + name + ")", n -> n.path(name).toString() + n.path(name).isMissingNode(),
                        n -> n.path(name).toString() + n.path(name).isMissingNode());
                checked += same(p, "has/hasNonNull(" + name + ")", n -> n.has(name) + " " + n.hasNonNull(name),
                        n -> n.has(name) + " " + n.hasNonNull(name));
            }
            for (int i : new int[] {-1, 0, 1, 3, 4, 10}) {
                checked += same(p, "get(" + i + ")", n -> String.valueOf(n.get(i)), n -> String.valueOf(n.get(i)));
                checked += same(p, "path(" + i + ")", n -> n.path(i).toString(), n -> n.path(i).toString());
                checked += same(p, "has(" + i + ")", n -> n.has(i) + " " + n.hasNonNull(i), n -> n.has(i) + " " + n.hasNonNull(i));
            }
            for (String ptr : List.of("", "/o", "/o/x", "/o/x/1", "/o/x/01", "/o/x/9", "/4/a", "/k/z")) {
                checked += same(p, "at(" + ptr + ")", n -> n.at(ptr).toString(), n -> n.at(ptr).toString());
            }
            checked += same(p, "iteration", n -> { List<String> l = new ArrayList<>(); n.forEach(x -> l.add(x.toString())); return l; },
                    n -> { List<String> l = new ArrayList<>(); n.forEach(x -> l.add(x.toString())); return l; });
            checked += same(p, "properties", n -> n.properties().toString(), n -> n.properties().toString());
            checked += same(p, "propertyNames", n -> List.copyOf(n.propertyNames()), n -> List.copyOf(n.propertyNames()));
            checked += same(p, "values", n -> n.values().toString(), n -> n.values().toString());
            checked += same(p, "deepCopy", n -> n.deepCopy().toString() + n.deepCopy().equals(n), n -> n.deepCopy().toString() + n.deepCopy().equals(n));
        }
        assertTrue(checked > 1500, "checked " + checked);
    }

    @Test
    void equalityIsJacksonsOnEveryPairOfNodes() {
        List<Pair> nodes = all();
        int checked = 0;
        for (Pair a : nodes) {
            for (Pair b : nodes) {
                assertEquals(a.jackson().equals(b.jackson()), a.mine().equals(b.mine()), a.name() + " equals " + b.name());
                if (a.mine().equals(b.mine())) {
                    assertEquals(a.mine().hashCode(), b.mine().hashCode(), a.name() + " hash " + b.name());
                }
                checked++;
            }
        }
        assertTrue(checked > 3000, "checked " + checked);
    }

    @Test
    void changesLeaveTheSameTreeAsJacksonsDo() {
        tools.jackson.databind.node.ObjectNode jo = F.objectNode();
        ObjectNode mo = JsonTrees.object();
        jo.put("s", "x").put("i", 1).put("l", 2L).put("d", 2.5).put("b", true).put("n", (String) null)
                .put("dec", new BigDecimal("1.50")).put("big", new BigInteger("12345678901234567890")).putNull("z");
        mo.put("s", "x").put("i", 1).put("l", 2L).put("d", 2.5).put("b", true).put("n", (String) null)
                .put("dec", new BigDecimal("1.50")).put("big", new BigInteger("12345678901234567890")).putNull("z");
        jo.putObject("o").put("k", 1);
        mo.putObject("o").put("k", 1);
        jo.putArray("a").add(1).add("two").add(3.0).add((String) null).add(F.objectNode());
        mo.putArray("a").add(1).add("two").add(3.0).add((String) null).add(JsonTrees.object());
        assertEquals(String.valueOf(jo.replace("s", F.stringNode("y"))), String.valueOf(mo.replace("s", JsonTrees.string("y"))));
        assertEquals(String.valueOf(jo.replace("new", null)), String.valueOf(mo.replace("new", null)));
        assertEquals(String.valueOf(jo.remove("i")), String.valueOf(mo.remove("i")));
        assertEquals(String.valueOf(jo.remove("absent")), String.valueOf(mo.remove("absent")));
        jo.set("i", F.numberNode(9));
        mo.set("i", JsonTrees.number(9));
        jo.withObject("/w/x").put("deep", true);
        mo.withObject("/w/x").put("deep", true);
        jo.withObject("o").put("k2", 2);
        mo.withObject("o").put("k2", 2);
        jo.setAll(Map.of("m", F.stringNode("v")));
        mo.setAll(Map.of("m", JsonTrees.string("v")));
        assertEquals(jo.toString(), mo.toString());
        assertEquals(JacksonTrees.of(jo), mo);
        tools.jackson.databind.node.ObjectNode jcopy = jo.deepCopy();
        ObjectNode mcopy = mo.deepCopy();
        ((tools.jackson.databind.node.ObjectNode) jcopy.get("o")).put("k", 100);
        ((ObjectNode) mcopy.get("o")).put("k", 100);
        assertEquals(jo.toString(), mo.toString(), "a deep copy shares nothing with its original");
        assertEquals(jcopy.toString(), mcopy.toString());
        boolean jacksonRefused = refuses(() -> jo.withObject("s"));
        assertEquals(jacksonRefused, refuses(() -> mo.withObject("s")), "withObject over a string");
    }

    @Test
    void randomDocumentsPrintAndCompareAsJacksonsDo() {
        Random r = new Random(42);
        for (int i = 0; i < 2000; i++) {
            String doc = randomValue(r, 0);
            tools.jackson.databind.JsonNode jackson = Json.mapper().readTree(doc);
            JsonNode mine = JsonTrees.read(doc);
            assertEquals(jackson.toString(), mine.toString(), doc);
            assertEquals(JacksonTrees.of(jackson), mine, doc);
            assertEquals(Json.mapper().convertValue(jackson, Object.class), JsonTrees.toJava(mine), doc);
        }
    }

    private static String randomValue(Random r, int depth) {
        int k = r.nextInt(depth > 3 ? 6 : 8);
        switch (k) {
            case 0: return "null";
            case 1: return r.nextBoolean() ? "true" : "false";
            case 2: return Integer.toString(r.nextInt());
            case 3: return r.nextBoolean() ? Long.toString(r.nextLong()) : new BigDecimal(r.nextGaussian() * 1e6).setScale(r.nextInt(5), java.math.RoundingMode.HALF_UP).toString();
            case 4: case 5: {
                StringBuilder sb = new StringBuilder("\"");
                for (int j = r.nextInt(8); j > 0; j--) {
                    int c = r.nextInt(10) == 0 ? r.nextInt(0x30) : r.nextInt(10) == 0 ? 0xe9 + r.nextInt(0x2000) : 'a' + r.nextInt(26);
                    if (c == '"' || c == '\\') {
                        sb.append('\\').append((char) c);
                    } else if (c < 0x20) {
                        sb.append(String.format("\\u%04x", c));
                    } else {
                        sb.append((char) c);
                    }
                }
                return sb.append('"').toString();
            }
            case 6: {
                StringBuilder sb = new StringBuilder("[");
                for (int j = r.nextInt(4); j > 0; j--) {
                    sb.append(randomValue(r, depth + 1)).append(j > 1 ? "," : "");
                }
                return sb.append(']').toString();
            }
            default: {
                StringBuilder sb = new StringBuilder("{");
                for (int j = r.nextInt(4); j > 0; j--) {
                    sb.append("\"k").append(r.nextInt(5)).append("\":").append(randomValue(r, depth + 1)).append(j > 1 ? "," : "");
                }
                return sb.append('}').toString();
            }
        }
    }

    private static String kinds(tools.jackson.databind.JsonNode n) {
        return "" + n.isObject() + n.isArray() + n.isContainer() + n.isValueNode() + n.isString() + n.isNumber()
                + n.isIntegralNumber() + n.isInt() + n.isBoolean() + n.isNull() + n.isMissingNode() + n.isBinary();
    }

    private static String kinds(JsonNode n) {
        return "" + n.isObject() + n.isArray() + n.isContainer() + n.isValueNode() + n.isString() + n.isNumber()
                + n.isIntegralNumber() + n.isInt() + n.isBoolean() + n.isNull() + n.isMissingNode() + n.isBinary();
    }

    private static String hex(byte[] b) {
        return b == null ? "null" : java.util.HexFormat.of().formatHex(b);
    }

    private static int same(Pair p, String what, Function<tools.jackson.databind.JsonNode, Object> jackson,
            Function<JsonNode, Object> mine) {
        Object expected = outcome(() -> jackson.apply(p.jackson()));
        Object actual = outcome(() -> mine.apply(p.mine()));
        assertEquals(expected, actual, p.name() + ": " + what);
        return 1;
    }

    private static final Object REFUSED = "(refused)";

    private static Object outcome(java.util.function.Supplier<Object> call) {
        try {
            Object v = call.get();
            return v instanceof byte[] b ? hex(b) : v;
        } catch (tools.jackson.core.JacksonException refused) {
            return REFUSED;
        }
    }

    private static boolean refuses(Runnable r) {
        try {
            r.run();
            return false;
        } catch (tools.jackson.core.JacksonException e) {
            return true;
        }
    }
}
