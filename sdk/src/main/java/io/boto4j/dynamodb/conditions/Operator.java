package io.boto4j.dynamodb.conditions;

import java.util.List;

/** Each condition's operator and how its rendered operands are spelled (boto3's expression_format). */
public enum Operator {
    EQ("="), NE("<>"), LT("<"), LTE("<="), GT(">"), GTE(">="), IN("IN"),
    BETWEEN("BETWEEN"), BEGINS_WITH("begins_with"), CONTAINS("contains"), SIZE("size"),
    ATTRIBUTE_TYPE("attribute_type"), ATTRIBUTE_EXISTS("attribute_exists"),
    ATTRIBUTE_NOT_EXISTS("attribute_not_exists"), AND("AND"), OR("OR"), NOT("NOT");

    private final String text;

    Operator(String text) {
        this.text = text;
    }

    /** The operator as it appears in the expression. */
    public String text() {
        return text;
    }

    /** True when the second operand is a collection whose elements each get a placeholder ({@code IN}). */
    boolean groupsValues() {
        return this == IN;
    }

    String render(List<String> o) {
        return switch (this) {
            case EQ, NE, LT, LTE, GT, GTE, IN -> o.get(0) + " " + text + " " + o.get(1);
            case BETWEEN -> o.get(0) + " BETWEEN " + o.get(1) + " AND " + o.get(2);
            case BEGINS_WITH, CONTAINS, ATTRIBUTE_TYPE -> text + "(" + o.get(0) + ", " + o.get(1) + ")";
            case SIZE, ATTRIBUTE_EXISTS, ATTRIBUTE_NOT_EXISTS -> text + "(" + o.get(0) + ")";
            case AND, OR -> "(" + o.get(0) + " " + text + " " + o.get(1) + ")";
            case NOT -> "(NOT " + o.get(0) + ")";
        };
    }
}
