package io.boto4j.internal.protocol.json;

import io.boto4j.internal.json.TokenStream;
import io.boto4j.internal.json.TokenStream.Token;
import io.boto4j.exception.ResponseParserError;
import io.boto4j.model.ListShape;
import io.boto4j.model.MapShape;
import io.boto4j.model.Shape;
import io.boto4j.model.StructureShape;
import io.boto4j.internal.protocol.ScalarText;
import io.boto4j.internal.protocol.TimestampParsing;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a JSON-like {@link TokenStream} (JSON text or CBOR) straight into boto4j
 * values, directed by the shape: no intermediate tree. The JSON flavour matches members by {@code locationName}
 * and decodes base64 blobs; the CBOR flavour matches by member name, takes byte strings as blobs and drops
 * null map values, as botocore's readers for the two protocols do. Per-structure lookup tables are built once.
 */
public final class JsonBodyReader {
    /** For the json and rest-json protocols. */
    public static final JsonBodyReader JSON = new JsonBodyReader(false);
    /** For smithy-rpc-v2-cbor. */
    public static final JsonBodyReader CBOR = new JsonBodyReader(true);

    private final boolean cbor;
    private final Map<StructureShape, Plan> plans = new ConcurrentHashMap<>();

    private record Member(int index, String name, Shape shape) {
    }

    /** Members by wire name, and member names in model order so results keep that order whatever the wire's. */
    private record Plan(Map<String, Member> byWireName, String[] names, boolean document, boolean union) {
    }

    private JsonBodyReader(boolean cbor) {
        this.cbor = cbor;
    }

    /**
     * Reads a whole body as {@code shape}; an empty body gives an empty map. The stream must not have been
     * advanced yet; malformed input raises Jackson's {@code StreamReadException}.
     */
    public Map<String, Object> readBody(StructureShape shape, TokenStream p) {
        Token t = p.next();
        if (t == null || t == Token.NULL) {
            return new LinkedHashMap<>();
        }
        Object v = readValue(shape, p);
        if (p.next() != null) {
            throw new ResponseParserError("unexpected content after the top-level value");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) v;
        return m == null ? new LinkedHashMap<>() : m;
    }

    /** Reads the value at the parser's current token as {@code shape}. */
    public Object readValue(Shape shape, TokenStream p) {
        Token t = p.current();
        if (t == Token.NULL) {
            return null;
        }
        if (shape instanceof StructureShape s) {
            Plan plan = plans.get(s);
            if (plan == null) { // get-then-put: a computeIfAbsent method reference spins a class on a fresh JVM
                plan = plan(s);
                plans.putIfAbsent(s, plan);
            }
            return plan.document ? readDocument(p) : readStructure(s, plan, p);
        }
        if (shape instanceof ListShape l) {
            expect(p, Token.START_ARRAY, shape);
            List<Object> out = new ArrayList<>();
            Shape member = l.member();
            while (p.next() != Token.END_ARRAY) {
                out.add(readValue(member, p));
            }
            return out;
        }
        if (shape instanceof MapShape m) {
            expect(p, Token.START_OBJECT, shape);
            Map<String, Object> out = new LinkedHashMap<>();
            Shape value = m.value();
            while (p.next() == Token.NAME) {
                String key = p.name();
                p.next();
                Object v = readValue(value, p);
                // maps are dense in every AWS model: a null value is dropped, as Smithy asks clients to
                if (v != null) {
                    out.put(key, v);
                }
            }
            return out;
        }
        return readScalar(shape, p, t);
    }

    private Map<String, Object> readStructure(StructureShape shape, Plan plan, TokenStream p) {
        expect(p, Token.START_OBJECT, shape);
        Object[] values = new Object[plan.names.length];
        int set = 0;
        String unknown = null;
        while (p.next() == Token.NAME) {
            String field = p.name();
            Token vt = p.next();
            Member m = plan.byWireName.get(field);
            if (m == null) {
                if (plan.union && vt != Token.NULL && !"__type".equals(field)) {
                    unknown = field;
                }
                p.skipChildren();
                continue;
            }
            Object v = readValue(m.shape, p);
            if (v != null) {
                if (values[m.index] == null) {
                    set++;
                }
                values[m.index] = v;
            }
        }
        Map<String, Object> out = new LinkedHashMap<>(Math.max(4, set * 2));
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                out.put(plan.names[i], values[i]);
            }
        }
        if (plan.union) {
            if (set + (unknown == null ? 0 : 1) != 1) {
                throw new ResponseParserError("Invalid service response: " + shape.name()
                        + " must have one and only one member set.");
            }
            if (unknown != null) {
                Map<String, Object> tag = new LinkedHashMap<>();
                tag.put("name", unknown);
                Map<String, Object> u = new LinkedHashMap<>();
                u.put("SDK_UNKNOWN_MEMBER", tag);
                return u;
            }
        }
        return out;
    }

    private Plan plan(StructureShape shape) {
        Map<String, Member> byWire = new HashMap<>();
        String[] names = new String[shape.members().size()];
        int i = 0;
        for (Map.Entry<String, Shape> e : shape.members().entrySet()) {
            String name = e.getKey();
            Shape member = e.getValue();
            String wire = !cbor && member.locationName() != null ? member.locationName() : name;
            names[i] = name;
            byWire.put(wire, new Member(i, name, member));
            i++;
        }
        return new Plan(byWire, names, shape.isDocument(), shape.isUnion());
    }

    private Object readScalar(Shape shape, TokenStream p, Token t) {
        if (t == Token.START_OBJECT || t == Token.START_ARRAY) {
            // a value that does not fit its scalar shape is passed through untyped, as botocore does
            return readDocument(p);
        }
        switch (shape.type()) {
            case "string":
                return t.isScalar() ? p.text() : fail(shape, p);
            case "boolean":
                if (t == Token.TRUE || t == Token.FALSE) {
                    return t == Token.TRUE;
                }
                return t == Token.STRING ? Boolean.valueOf("true".equalsIgnoreCase(p.text())) : fail(shape, p);
            case "integer", "byte", "short":
                return t.isNumber() ? Integer.valueOf(p.intValue()) : ScalarText.convert(shape, p.text());
            case "long":
                return t.isNumber() ? Long.valueOf(p.longValue()) : ScalarText.convert(shape, p.text());
            case "biginteger":
                return t.isNumber() ? p.bigIntegerValue() : ScalarText.convert(shape, p.text());
            case "bigdecimal":
                return t.isNumber() ? p.decimalValue() : ScalarText.convert(shape, p.text());
            case "double":
                return t.isNumber() ? Double.valueOf(p.doubleValue()) : ScalarText.parseDouble(p.text());
            case "float":
                return t.isNumber() ? Float.valueOf(p.floatValue()) : (float) ScalarText.parseDouble(p.text());
            case "timestamp":
                if (t == Token.INT) {
                    return TimestampParsing.fromEpochSeconds(BigDecimal.valueOf(p.longValue()));
                }
                if (t == Token.FLOAT) {
                    return cbor ? TimestampParsing.fromEpochSeconds(p.doubleValue())
                            : TimestampParsing.fromEpochSeconds(p.decimalValue());
                }
                return t == Token.STRING ? TimestampParsing.parse(p.text()) : fail(shape, p);
            case "blob":
                if (t == Token.BINARY) {
                    return p.binaryValue();
                }
                return t == Token.STRING ? ScalarText.decodeBase64(p.text()) : fail(shape, p);
            default:
                return readDocument(p);
        }
    }

    private static Object fail(Shape shape, TokenStream p) {
        throw new ResponseParserError("expected a " + shape.type() + " for shape " + shape.name() + " but found "
                + p.current());
    }

    private static void expect(TokenStream p, Token token, Shape shape) {
        if (p.current() != token) {
            throw new ResponseParserError("expected " + token + " for " + shape.type() + " shape " + shape.name()
                    + " but found " + p.current());
        }
    }

    /** A document (untyped value) at the current token: maps, lists, strings, numbers, booleans, null. */
    public static Object readDocument(TokenStream p) {
        Token t = p.current();
        if (t == Token.START_OBJECT) {
            Map<String, Object> out = new LinkedHashMap<>();
            while (p.next() == Token.NAME) {
                String k = p.name();
                p.next();
                out.put(k, readDocument(p));
            }
            return out;
        }
        if (t == Token.START_ARRAY) {
            List<Object> out = new ArrayList<>();
            while (p.next() != Token.END_ARRAY) {
                out.add(readDocument(p));
            }
            return out;
        }
        if (t == Token.STRING) {
            return p.text();
        }
        if (t == Token.INT) {
            return p.numberValue();
        }
        if (t == Token.FLOAT) {
            return p.doubleValue();
        }
        if (t == Token.TRUE || t == Token.FALSE) {
            return t == Token.TRUE;
        }
        if (t == Token.BINARY) {
            return p.binaryValue();
        }
        if (t == Token.NULL) {
            return null;
        }
        throw new ResponseParserError("unexpected token " + t);
    }
}
