package io.boto4j.internal.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;

/** A JSON array. */
public final class ArrayNode extends JsonNode {
    private final ArrayList<JsonNode> elements;

    public ArrayNode() {
        elements = new ArrayList<>();
    }

    private ArrayNode(int capacity) {
        elements = new ArrayList<>(capacity);
    }

    @Override
    public boolean isArray() {
        return true;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public JsonNode get(int index) {
        return index >= 0 && index < elements.size() ? elements.get(index) : null;
    }

    @Override
    public JsonNode path(int index) {
        JsonNode n = get(index);
        return n == null ? ValueNode.MISSING : n;
    }

    @Override
    public int size() {
        return elements.size();
    }

    @Override
    public Iterator<JsonNode> iterator() {
        return elements.iterator();
    }

    @Override
    public Collection<JsonNode> values() {
        return elements;
    }

    @Override
    public ArrayNode deepCopy() {
        ArrayNode copy = new ArrayNode(elements.size());
        for (JsonNode e : elements) {
            copy.elements.add(e.deepCopy());
        }
        return copy;
    }

    // ---- changes ----

    /** Appends the element (null: the null node). */
    public ArrayNode add(JsonNode value) {
        elements.add(value == null ? ValueNode.NULL : value);
        return this;
    }

    public ArrayNode add(String value) {
        return add(value == null ? ValueNode.NULL : ValueNode.string(value));
    }

    public ArrayNode add(int value) {
        return add(ValueNode.number(value));
    }

    public ArrayNode add(Integer value) {
        return add(value == null ? ValueNode.NULL : ValueNode.number(value.intValue()));
    }

    public ArrayNode add(long value) {
        return add(ValueNode.number(value));
    }

    public ArrayNode add(Long value) {
        return add(value == null ? ValueNode.NULL : ValueNode.number(value.longValue()));
    }

    public ArrayNode add(double value) {
        return add(ValueNode.number(value));
    }

    public ArrayNode add(Double value) {
        return add(value == null ? ValueNode.NULL : ValueNode.number(value.doubleValue()));
    }

    public ArrayNode add(float value) {
        return add(ValueNode.number(value));
    }

    public ArrayNode add(BigDecimal value) {
        return add(value == null ? ValueNode.NULL : ValueNode.number(value));
    }

    public ArrayNode add(BigInteger value) {
        return add(value == null ? ValueNode.NULL : ValueNode.number(value));
    }

    public ArrayNode add(boolean value) {
        return add(ValueNode.bool(value));
    }

    public ArrayNode add(Boolean value) {
        return add(value == null ? ValueNode.NULL : ValueNode.bool(value));
    }

    public ArrayNode add(byte[] value) {
        return add(value == null ? ValueNode.NULL : ValueNode.binary(value));
    }

    public ArrayNode addAll(ArrayNode other) {
        elements.addAll(other.elements);
        return this;
    }

    public ArrayNode addAll(Collection<? extends JsonNode> values) {
        for (JsonNode v : values) {
            add(v);
        }
        return this;
    }

    /** Replaces the element at {@code index} (null: the null node). */
    public ArrayNode set(int index, JsonNode value) {
        elements.set(index, value == null ? ValueNode.NULL : value);
        return this;
    }

    /** Removes the element at {@code index} and returns it; null for an index out of range. */
    public JsonNode remove(int index) {
        return index >= 0 && index < elements.size() ? elements.remove(index) : null;
    }

    @Override
    public String kind() {
        return "array";
    }

    @Override
    void write(StringBuilder sb) {
        sb.append('[');
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            elements.get(i).write(sb);
        }
        sb.append(']');
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof ArrayNode other && elements.equals(other.elements);
    }

    @Override
    public int hashCode() {
        return elements.hashCode();
    }
}
