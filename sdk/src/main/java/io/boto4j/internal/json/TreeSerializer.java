package io.boto4j.internal.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Lets {@link Json#mapper()} write boto4j's trees wherever they sit in a value (a map of trees, a tree among
 * parameters) as the JSON they hold, token by token, so {@code writeValueAsString} and {@code convertValue} treat
 * them as Jackson treated its own nodes.
 */
final class TreeSerializer extends ValueSerializer<JsonNode> {
    @Override
    public void serialize(JsonNode node, JsonGenerator gen, SerializationContext ctxt) {
        write(node, gen);
    }

    private static void write(JsonNode node, JsonGenerator gen) {
        if (node.isObject()) {
            gen.writeStartObject();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                gen.writeName(e.getKey());
                write(e.getValue(), gen);
            }
            gen.writeEndObject();
        } else if (node.isArray()) {
            gen.writeStartArray();
            for (JsonNode e : node) {
                write(e, gen);
            }
            gen.writeEndArray();
        } else if (node.isString()) {
            gen.writeString(node.stringValue());
        } else if (node.isBoolean()) {
            gen.writeBoolean(node.booleanValue());
        } else if (node.isBinary()) {
            gen.writeBinary(node.binaryValue());
        } else if (node.isNumber()) {
            Number n = node.numberValue();
            if (n instanceof Integer) {
                gen.writeNumber(n.intValue());
            } else if (n instanceof Long l) {
                gen.writeNumber(l.longValue());
            } else if (n instanceof BigInteger b) {
                gen.writeNumber(b);
            } else if (n instanceof BigDecimal d) {
                gen.writeNumber(d);
            } else if (n instanceof Float f) {
                gen.writeNumber(f.floatValue());
            } else {
                gen.writeNumber(n.doubleValue());
            }
        } else {
            // null; the missing node, which has no JSON form, is written as null as Jackson's serializer did
            gen.writeNull();
        }
    }
}
