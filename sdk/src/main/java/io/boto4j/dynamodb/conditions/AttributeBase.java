package io.boto4j.dynamodb.conditions;

/**
 * What boto3's {@code AttributeBase} offers every attribute (key attributes, item attributes and
 * {@code size(...)}): the comparisons, {@code begins_with} and {@code between}. An attribute name may be a
 * document path ({@code a.b[2].c}); each name part gets its own placeholder.
 */
public abstract sealed class AttributeBase permits Key, Attr, Size {
    private final String name;

    AttributeBase(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("an attribute needs a non-empty name");
        }
        this.name = name;
    }

    public String name() {
        return name;
    }

    public Condition eq(Object value) {
        return new Condition(Operator.EQ, this, value);
    }

    public Condition lt(Object value) {
        return new Condition(Operator.LT, this, value);
    }

    public Condition lte(Object value) {
        return new Condition(Operator.LTE, this, value);
    }

    public Condition gt(Object value) {
        return new Condition(Operator.GT, this, value);
    }

    public Condition gte(Object value) {
        return new Condition(Operator.GTE, this, value);
    }

    public Condition beginsWith(Object value) {
        return new Condition(Operator.BEGINS_WITH, this, value);
    }

    /** {@code low <= attribute <= high}. */
    public Condition between(Object low, Object high) {
        return new Condition(Operator.BETWEEN, this, low, high);
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((AttributeBase) o).name.equals(name);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode() * 31 + name.hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + name + ")";
    }
}
