package io.boto4j.dynamodb.conditions;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** An item attribute in a condition or filter (boto3's {@code Attr}): every comparison and function. */
public final class Attr extends AttributeBase {
    public Attr(String name) {
        super(name);
    }

    public Condition ne(Object value) {
        return new Condition(Operator.NE, this, value);
    }

    /** {@code attribute IN (:v0, :v1, ...)}: one placeholder per value, in the collection's order. */
    public Condition isIn(Collection<?> values) {
        if (values == null) {
            throw new IllegalArgumentException("isIn needs a collection of values, got null");
        }
        return new Condition(Operator.IN, this, List.copyOf(values));
    }

    public Condition isIn(Object... values) {
        return isIn(Arrays.asList(values));
    }

    public Condition exists() {
        return new Condition(Operator.ATTRIBUTE_EXISTS, this);
    }

    public Condition notExists() {
        return new Condition(Operator.ATTRIBUTE_NOT_EXISTS, this);
    }

    public Condition contains(Object value) {
        return new Condition(Operator.CONTAINS, this, value);
    }

    public Size size() {
        return new Size(this);
    }

    /** {@code attribute_type(attribute, :v)}; the type is one of S, SS, N, NS, B, BS, BOOL, NULL, L, M. */
    public Condition attributeType(Object type) {
        return new Condition(Operator.ATTRIBUTE_TYPE, this, type);
    }
}
