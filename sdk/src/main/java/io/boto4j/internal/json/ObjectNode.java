package io.boto4j.internal.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A JSON object: members in insertion order; a member set again keeps its place. */
public final class ObjectNode extends JsonNode {
    private final LinkedHashMap<String, JsonNode> members;

    public ObjectNode() {
        members = new LinkedHashMap<>();
    }

    private ObjectNode(int capacity) {
        members = new LinkedHashMap<>(capacity);
    }

    @Override
    public boolean isObject() {
        return true;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public JsonNode get(String name) {
        return members.get(name);
    }

    @Override
    public JsonNode path(String name) {
        JsonNode n = members.get(name);
        return n == null ? ValueNode.MISSING : n;
    }

    @Override
    public boolean has(String name) {
        return members.containsKey(name);
    }

    @Override
    public int size() {
        return members.size();
    }

    @Override
    public Iterator<JsonNode> iterator() {
        return members.values().iterator();
    }

    @Override
    public Set<Map.Entry<String, JsonNode>> properties() {
        return members.entrySet();
    }

    @Override
    public Collection<String> propertyNames() {
        return members.keySet();
    }

    @Override
    public Collection<JsonNode> values() {
        return members.values();
    }

    @Override
    public ObjectNode deepCopy() {
        ObjectNode copy = new ObjectNode(Math.max(16, members.size() * 2));
        for (Map.Entry<String, JsonNode> e : members.entrySet()) {
            copy.members.put(e.getKey(), e.getValue().deepCopy());
        }
        return copy;
    }

    // ---- changes ----

    /** Sets the member (null: the null node) and returns this object. */
    public ObjectNode set(String name, JsonNode value) {
        members.put(name, value == null ? ValueNode.NULL : value);
        return this;
    }

    /** Sets the member (null: the null node) and returns the value it replaced, or null. */
    public JsonNode replace(String name, JsonNode value) {
        return members.put(name, value == null ? ValueNode.NULL : value);
    }

    /** Removes the member and returns its value, or null when there was none. */
    public JsonNode remove(String name) {
        return members.remove(name);
    }

    public ObjectNode setAll(Map<String, ? extends JsonNode> values) {
        for (Map.Entry<String, ? extends JsonNode> e : values.entrySet()) {
            set(e.getKey(), e.getValue());
        }
        return this;
    }

    public ObjectNode setAll(ObjectNode other) {
        members.putAll(other.members);
        return this;
    }

    /**
     * The object member {@code name}, made (and any nulls on the way replaced) when absent. {@code name} may be a
     * JSON pointer ({@code "/a/b"}), each step an object member. A member that holds anything but an object or
     * null is refused.
     */
    public ObjectNode withObject(String name) {
        if (name.isEmpty()) {
            return this; // the empty pointer, as Jackson reads it
        }
        if (!name.startsWith("/")) {
            return child(name, name);
        }
        ObjectNode at = this;
        for (String step : name.substring(1).split("/", -1)) {
            if (step.isEmpty() && name.length() == 1) {
                return this;
            }
            at = at.child(step.replace("~1", "/").replace("~0", "~"), name);
        }
        return at;
    }

    private ObjectNode child(String step, String asked) {
        JsonNode n = members.get(step);
        if (n instanceof ObjectNode o) {
            return o;
        }
        if (n != null && !n.isNull()) {
            throw new JsonTreeException("Cannot replace the JSON " + n.kind() + " of member \"" + step
                    + "\" with an object (withObject(\"" + asked + "\"))");
        }
        ObjectNode o = new ObjectNode();
        members.put(step, o);
        return o;
    }

    public ObjectNode putObject(String name) {
        ObjectNode o = new ObjectNode();
        members.put(name, o);
        return o;
    }

    public ArrayNode putArray(String name) {
        ArrayNode a = new ArrayNode();
        members.put(name, a);
        return a;
    }

    public ObjectNode putNull(String name) {
        members.put(name, ValueNode.NULL);
        return this;
    }

    public ObjectNode put(String name, String value) {
        return set(name, value == null ? ValueNode.NULL : ValueNode.string(value));
    }

    public ObjectNode put(String name, int value) {
        return set(name, ValueNode.number(value));
    }

    public ObjectNode put(String name, Integer value) {
        return set(name, value == null ? ValueNode.NULL : ValueNode.number(value.intValue()));
    }

    public ObjectNode put(String name, long value) {
        return set(name, ValueNode.number(value));
    }

    public ObjectNode put(String name, Long value) {
        return set(name, value == null ? ValueNode.NULL : ValueNode.number(value.longValue()));
    }

    public ObjectNode put(String name, double value) {
        return set(name, ValueNode.number(value));
    }

    public ObjectNode put(String name, Double value) {
        return set(name, value == null ? ValueNode.NULL : ValueNode.number(value.doubleValue()));
    }

    public ObjectNode put(String name, float value) {
        return set(name, ValueNode.number(value));
    }

    public ObjectNode put(String name, BigDecimal value) {
        return set(name, value == null ? ValueNode.NULL : ValueNode.number(value));
    }

    public ObjectNode put(String name, BigInteger value) {
        return set(name, value == null ? ValueNode.NULL : ValueNode.number(value));
    }

    public ObjectNode put(String name, boolean value) {
        return set(name, ValueNode.bool(value));
    }

    public ObjectNode put(String name, Boolean value) {
        return set(name, value == null ? ValueNode.NULL : ValueNode.bool(value));
    }

    public ObjectNode put(String name, byte[] value) {
        return set(name, value == null ? ValueNode.NULL : ValueNode.binary(value));
    }

    @Override
    public String kind() {
        return "object";
    }

    @Override
    void write(StringBuilder sb) {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<String, JsonNode> e : members.entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            JsonStrings.quoteAsJackson(e.getKey(), sb);
            sb.append(':');
            e.getValue().write(sb);
        }
        sb.append('}');
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof ObjectNode other && members.equals(other.members);
    }

    @Override
    public int hashCode() {
        return members.hashCode();
    }
}
