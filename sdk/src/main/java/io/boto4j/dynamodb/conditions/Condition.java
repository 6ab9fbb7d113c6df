package io.boto4j.dynamodb.conditions;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A condition, as boto3's {@code ConditionBase}: an operator over operands, each an attribute ({@link Key},
 * {@link Attr}, {@link Size}), a nested condition, or a plain Java value (the value a placeholder stands for).
 * Immutable; equal when operator and operands are equal. Combine with {@link #and}, {@link #or} and
 * {@link #not} (boto3's {@code &}, {@code |}, {@code ~}).
 */
public final class Condition {
    private final Operator operator;
    private final List<Object> operands;

    Condition(Operator operator, Object... operands) {
        this.operator = operator;
        this.operands = Collections.unmodifiableList(Arrays.asList(operands));
    }

    public Operator operator() {
        return operator;
    }

    /** The operands in expression order. */
    public List<Object> operands() {
        return operands;
    }

    public Condition and(Condition other) {
        return new Condition(Operator.AND, this, requireCondition("AND", other));
    }

    public Condition or(Condition other) {
        return new Condition(Operator.OR, this, requireCondition("OR", other));
    }

    public Condition not() {
        return new Condition(Operator.NOT, this);
    }

    private static Condition requireCondition(String op, Condition other) {
        if (other == null) {
            throw new IllegalArgumentException(op + " operation cannot be applied to null: build a condition "
                    + "with an attribute's methods first (e.g. Attr(\"a\").eq(1))");
        }
        return other;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Condition c && c.operator == operator && c.operands.equals(operands);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operator, operands);
    }

    @Override
    public String toString() {
        return operator + operands.toString();
    }
}
