package io.boto4j.internal.json;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * A JSON tree: what the SDK reads models, rule sets, endpoint data and configuration documents into. Its methods
 * are those of Jackson 3's {@code JsonNode} that the SDK uses, with the same results and the same refusals
 * ({@link JsonTreeException}, a {@code JacksonException}, where Jackson throws), so code written against Jackson's
 * trees reads the same here. Three classes make every tree ({@link ObjectNode}, {@link ArrayNode} and one for
 * every scalar): Jackson's node types and their factory were some 35 classes and 290 KB of class files, about
 * 15 ms of a fresh JVM's first model read.
 */
public abstract class JsonNode implements Iterable<JsonNode> {
    JsonNode() {
    }

    // ---- what the node is ----

    public boolean isObject() {
        return false;
    }

    public boolean isArray() {
        return false;
    }

    public boolean isContainer() {
        return false;
    }

    /** A scalar: string, number, boolean, null or binary (not the missing node). */
    public boolean isValueNode() {
        return false;
    }

    public boolean isString() {
        return false;
    }

    public boolean isNumber() {
        return false;
    }

    /** A number held as an integer type (int, long or BigInteger). */
    public boolean isIntegralNumber() {
        return false;
    }

    /** A number held as an int. */
    public boolean isInt() {
        return false;
    }

    public boolean isBoolean() {
        return false;
    }

    public boolean isNull() {
        return false;
    }

    /** What {@link #path} answers for an absent member or index. */
    public boolean isMissingNode() {
        return false;
    }

    public boolean isBinary() {
        return false;
    }

    // ---- navigation ----

    /** The member {@code name} of an object; null for any other node or an absent member. */
    public JsonNode get(String name) {
        return null;
    }

    /** The element at {@code index} of an array; null for any other node or an index out of range. */
    public JsonNode get(int index) {
        return null;
    }

    /** As {@link #get(String)}, with the missing node instead of null. */
    public JsonNode path(String name) {
        return ValueNode.MISSING;
    }

    /** As {@link #get(int)}, with the missing node instead of null. */
    public JsonNode path(int index) {
        return ValueNode.MISSING;
    }

    /**
     * The node a JSON Pointer ({@code "/shapes/Foo/members"}, RFC 6901) names: member names for objects, indexes
     * for arrays; the missing node when any step is absent. The empty pointer is this node.
     */
    public JsonNode at(String pointer) {
        if (pointer.isEmpty()) {
            return this;
        }
        if (pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("Invalid JSON Pointer \"" + pointer + "\": it must start with '/'");
        }
        JsonNode at = this;
        for (String step : pointer.substring(1).split("/", -1)) {
            String name = step.replace("~1", "/").replace("~0", "~");
            JsonNode next = at.isArray() ? indexIn(at, name) : at.get(name);
            if (next == null) {
                return ValueNode.MISSING;
            }
            at = next;
        }
        return at;
    }

    private static JsonNode indexIn(JsonNode array, String step) {
        if (step.isEmpty() || step.length() > 9 || (step.length() > 1 && step.charAt(0) == '0')) {
            return null;
        }
        for (int i = 0; i < step.length(); i++) {
            if (step.charAt(i) < '0' || step.charAt(i) > '9') {
                return null;
            }
        }
        return array.get(Integer.parseInt(step));
    }

    public boolean has(String name) {
        return get(name) != null;
    }

    public boolean has(int index) {
        return get(index) != null;
    }

    public boolean hasNonNull(String name) {
        JsonNode n = get(name);
        return n != null && !n.isNull();
    }

    public boolean hasNonNull(int index) {
        JsonNode n = get(index);
        return n != null && !n.isNull();
    }

    /** An object's member count or an array's length; 0 for every other node. */
    public int size() {
        return 0;
    }

    /** True for an empty container and for every scalar. */
    public boolean isEmpty() {
        return size() == 0;
    }

    /** An object's member values or an array's elements, in order; nothing for a scalar. */
    @Override
    public Iterator<JsonNode> iterator() {
        return Collections.emptyIterator();
    }

    /** An object's members (a live view: removing from it removes the member); empty for every other node. */
    public Set<Map.Entry<String, JsonNode>> properties() {
        return Collections.emptySet();
    }

    public Collection<String> propertyNames() {
        return Collections.emptySet();
    }

    /** An object's member values or an array's elements; empty for a scalar. */
    public Collection<JsonNode> values() {
        return Collections.emptyList();
    }

    /** A copy sharing no container with this tree; scalars, which do not change, are their own copy. */
    public abstract JsonNode deepCopy();

    // ---- scalar values: xxxValue() for the node's own type only, asXxx() with Jackson 3's coercions ----

    /** A string's text, a number's or boolean's text, "" for null and missing, base64 for binary. */
    public String asString() {
        throw refused("asString()", "a container has no text");
    }

    /** A string's text; null for the null node. */
    public String stringValue() {
        throw refused("stringValue()", "not a string");
    }

    public boolean asBoolean() {
        throw refused("asBoolean()", "not coercible to boolean");
    }

    public boolean booleanValue() {
        throw refused("booleanValue()", "not a boolean");
    }

    public int asInt() {
        throw refused("asInt()", "not coercible to int");
    }

    public int intValue() {
        throw refused("intValue()", "not a number");
    }

    public long asLong() {
        throw refused("asLong()", "not coercible to long");
    }

    public long longValue() {
        throw refused("longValue()", "not a number");
    }

    public double asDouble() {
        throw refused("asDouble()", "not coercible to double");
    }

    public double doubleValue() {
        throw refused("doubleValue()", "not a number");
    }

    public BigDecimal decimalValue() {
        throw refused("decimalValue()", "not a number");
    }

    /** A number as it is held: Integer, Long, BigInteger, BigDecimal, Double or Float. */
    public Number numberValue() {
        throw refused("numberValue()", "not a number");
    }

    public byte[] binaryValue() {
        throw refused("binaryValue()", "not binary");
    }

    // the default-taking forms answer the default where the plain form would refuse, and for null and missing

    public String asString(String defaultValue) {
        return isContainer() || isNull() || isMissingNode() ? defaultValue : asString();
    }

    public String stringValue(String defaultValue) {
        return isString() ? stringValue() : defaultValue;
    }

    public boolean asBoolean(boolean defaultValue) {
        if (isContainer() || isNull() || isMissingNode()) {
            return defaultValue;
        }
        try {
            return asBoolean();
        } catch (JsonTreeException notCoercible) {
            return defaultValue;
        }
    }

    public boolean booleanValue(boolean defaultValue) {
        return isBoolean() ? booleanValue() : defaultValue;
    }

    public int asInt(int defaultValue) {
        if (isContainer() || isNull() || isMissingNode()) {
            return defaultValue;
        }
        try {
            return asInt();
        } catch (JsonTreeException notCoercible) {
            return defaultValue;
        }
    }

    public int intValue(int defaultValue) {
        if (!isNumber()) {
            return defaultValue;
        }
        try {
            return intValue();
        } catch (JsonTreeException notExact) {
            return defaultValue;
        }
    }

    public long asLong(long defaultValue) {
        if (isContainer() || isNull() || isMissingNode()) {
            return defaultValue;
        }
        try {
            return asLong();
        } catch (JsonTreeException notCoercible) {
            return defaultValue;
        }
    }

    public double asDouble(double defaultValue) {
        if (isContainer() || isNull() || isMissingNode()) {
            return defaultValue;
        }
        try {
            return asDouble();
        } catch (JsonTreeException notCoercible) {
            return defaultValue;
        }
    }

    /** The tree as compact JSON text, as Jackson writes it; the missing node is "". */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        write(sb);
        return sb.toString();
    }

    abstract void write(StringBuilder sb);

    /** What the node is, for messages: "object", "array", "string", "number", "boolean", "null", ... */
    public abstract String kind();

    JsonTreeException refused(String method, String why) {
        return new JsonTreeException("Cannot call " + method + " on a JSON " + kind() + " (" + why + "): "
                + preview());
    }

    /** The node for a message: a scalar's text (cut at 80 characters), a container's size, not its whole text. */
    private String preview() {
        if (isContainer()) {
            return size() + (isObject() ? " members" : " elements");
        }
        String s = toString();
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
