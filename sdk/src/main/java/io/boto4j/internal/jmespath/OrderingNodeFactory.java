package io.boto4j.internal.jmespath;

import io.burt.jmespath.Adapter;
import io.burt.jmespath.Expression;
import io.burt.jmespath.node.ComparisonNode;
import io.burt.jmespath.node.Node;
import io.burt.jmespath.node.Operator;
import io.burt.jmespath.node.StandardNodeFactory;

/**
 * The library's nodes, except that {@code <}, {@code <=}, {@code >} and {@code >=} also order two strings, as
 * python-jmespath does (botocore users filter with {@code [?Name > 'm']}); any other pair that is not two
 * numbers still yields null.
 */
final class OrderingNodeFactory extends StandardNodeFactory<Object> {
    private final Adapter<Object> runtime;

    OrderingNodeFactory(Adapter<Object> runtime) {
        super(runtime);
        this.runtime = runtime;
    }

    @Override
    public Node<Object> createComparison(Operator operator, Expression<Object> left, Expression<Object> right) {
        return switch (operator) {
            case LESS_THAN -> new ComparisonNode.LessThanNode<>(runtime, left, right) {
                @Override
                protected Object compareObjects(Object a, Object b) {
                    return bothStrings(a, b) ? compareNumbers(a, b) : super.compareObjects(a, b);
                }
            };
            case LESS_THAN_OR_EQUALS -> new ComparisonNode.LessThanOrEqualsNode<>(runtime, left, right) {
                @Override
                protected Object compareObjects(Object a, Object b) {
                    return bothStrings(a, b) ? compareNumbers(a, b) : super.compareObjects(a, b);
                }
            };
            case GREATER_THAN -> new ComparisonNode.GreaterThanNode<>(runtime, left, right) {
                @Override
                protected Object compareObjects(Object a, Object b) {
                    return bothStrings(a, b) ? compareNumbers(a, b) : super.compareObjects(a, b);
                }
            };
            case GREATER_THAN_OR_EQUALS -> new ComparisonNode.GreaterThanOrEqualsNode<>(runtime, left, right) {
                @Override
                protected Object compareObjects(Object a, Object b) {
                    return bothStrings(a, b) ? compareNumbers(a, b) : super.compareObjects(a, b);
                }
            };
            default -> super.createComparison(operator, left, right);
        };
    }

    private static boolean bothStrings(Object a, Object b) {
        return a instanceof String && b instanceof String;
    }
}
