package io.boto4j.internal.protocol.json;

import io.boto4j.internal.json.Json;
import tools.jackson.core.JacksonException;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import io.boto4j.exception.ResponseParserError;
import io.boto4j.model.ListShape;
import io.boto4j.model.MapShape;
import io.boto4j.model.Shape;
import io.boto4j.model.StructureShape;
import io.boto4j.internal.protocol.ScalarText;
import io.boto4j.internal.protocol.TimestampParsing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a JSON-like token stream (Jackson's {@link JsonParser}: JSON text or CBOR) straight into boto4j
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
     * Reads a whole body as {@code shape}; an empty body gives an empty map. The parser must not have been
     * advanced yet.
     */
    public Map<String, Object> readBody(StructureShape shape, JsonParser p) {
        try {
            JsonToken t = p.nextToken();
            if (t == null || t == JsonToken.VALUE_NULL) {
                return new LinkedHashMap<>();
            }
            Object v = readValue(shape, p);
            if (p.nextToken() != null) {
                throw new ResponseParserError("unexpected content after the top-level value");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) v;
            return m == null ? new LinkedHashMap<>() : m;
        } catch (IOException | JacksonException e) {
            throw new UncheckedIOException(e.getMessage(), Json.io(e));
        }
    }

    /** Reads the value at the parser's current token as {@code shape}. */
    public Object readValue(Shape shape, JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (shape instanceof StructureShape s) {
            Plan plan = plans.computeIfAbsent(s, this::plan);
            return plan.document ? readDocument(p) : readStructure(s, plan, p);
        }
        if (shape instanceof ListShape l) {
            expect(p, JsonToken.START_ARRAY, shape);
            List<Object> out = new ArrayList<>();
            Shape member = l.member();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                out.add(readValue(member, p));
            }
            return out;
        }
        if (shape instanceof MapShape m) {
            expect(p, JsonToken.START_OBJECT, shape);
            Map<String, Object> out = new LinkedHashMap<>();
            Shape value = m.value();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = p.currentName();
                p.nextToken();
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

    private Map<String, Object> readStructure(StructureShape shape, Plan plan, JsonParser p) throws IOException {
        expect(p, JsonToken.START_OBJECT, shape);
        Object[] values = new Object[plan.names.length];
        int set = 0;
        String unknown = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = p.currentName();
            JsonToken vt = p.nextToken();
            Member m = plan.byWireName.get(field);
            if (m == null) {
                if (plan.union && vt != JsonToken.VALUE_NULL && !"__type".equals(field)) {
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

    private Object readScalar(Shape shape, JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            // a value that does not fit its scalar shape is passed through untyped, as botocore does
            return readDocument(p);
        }
        switch (shape.type()) {
            case "string":
                return t.isScalarValue() ? p.getString() : fail(shape, p);
            case "boolean":
                if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                    return t == JsonToken.VALUE_TRUE;
                }
                return t == JsonToken.VALUE_STRING ? Boolean.valueOf("true".equalsIgnoreCase(p.getString())) : fail(shape, p);
            case "integer", "byte", "short":
                return t.isNumeric() ? Integer.valueOf(p.getIntValue()) : ScalarText.convert(shape, p.getString());
            case "long":
                return t.isNumeric() ? Long.valueOf(p.getLongValue()) : ScalarText.convert(shape, p.getString());
            case "biginteger":
                return t.isNumeric() ? p.getBigIntegerValue() : ScalarText.convert(shape, p.getString());
            case "bigdecimal":
                return t.isNumeric() ? p.getDecimalValue() : ScalarText.convert(shape, p.getString());
            case "double":
                return t.isNumeric() ? Double.valueOf(p.getDoubleValue()) : ScalarText.parseDouble(p.getString());
            case "float":
                return t.isNumeric() ? Float.valueOf(p.getFloatValue()) : (float) ScalarText.parseDouble(p.getString());
            case "timestamp":
                if (t == JsonToken.VALUE_NUMBER_INT) {
                    return TimestampParsing.fromEpochSeconds(BigDecimal.valueOf(p.getLongValue()));
                }
                if (t == JsonToken.VALUE_NUMBER_FLOAT) {
                    return cbor ? TimestampParsing.fromEpochSeconds(p.getDoubleValue())
                            : TimestampParsing.fromEpochSeconds(p.getDecimalValue());
                }
                return t == JsonToken.VALUE_STRING ? TimestampParsing.parse(p.getString()) : fail(shape, p);
            case "blob":
                if (t == JsonToken.VALUE_EMBEDDED_OBJECT) {
                    return p.getBinaryValue();
                }
                return t == JsonToken.VALUE_STRING ? ScalarText.decodeBase64(p.getString()) : fail(shape, p);
            default:
                return readDocument(p);
        }
    }

    private static Object fail(Shape shape, JsonParser p) {
        throw new ResponseParserError("expected a " + shape.type() + " for shape " + shape.name() + " but found "
                + p.currentToken());
    }

    private static void expect(JsonParser p, JsonToken token, Shape shape) {
        if (p.currentToken() != token) {
            throw new ResponseParserError("expected " + token + " for " + shape.type() + " shape " + shape.name()
                    + " but found " + p.currentToken());
        }
    }

    /** A document (untyped value) at the current token: maps, lists, strings, numbers, booleans, null. */
    public static Object readDocument(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> out = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String k = p.currentName();
                    p.nextToken();
                    out.put(k, readDocument(p));
                }
                return out;
            }
            case START_ARRAY: {
                List<Object> out = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    out.add(readDocument(p));
                }
                return out;
            }
            case VALUE_STRING:
                return p.getString();
            case VALUE_NUMBER_INT:
                return p.getNumberValue();
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_EMBEDDED_OBJECT:
                return p.getBinaryValue();
            case VALUE_NULL:
                return null;
            default:
                throw new ResponseParserError("unexpected token " + t);
        }
    }
}
