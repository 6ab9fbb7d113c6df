package io.boto4j.paginate;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.exception.ModelError;
import io.boto4j.exception.PaginationError;
import io.boto4j.internal.jmespath.JmesPath;
import io.boto4j.internal.jmespath.JmesPathExpression;
import io.boto4j.model.OperationModel;
import io.boto4j.model.ServiceModel;
import io.boto4j.model.Shape;
import io.boto4j.model.StringShape;
import io.boto4j.model.StructureShape;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * One entry of {@code paginators-1.json}, parsed once with its expressions compiled: which input members carry
 * the tokens, which output expressions produce them, where the results are, and the page-size member.
 */
final class PaginatorDefinition {
    private static final Set<String> KNOWN_KEYS =
            Set.of("input_token", "output_token", "more_results", "result_key", "non_aggregate_keys", "limit_key");

    /** A result or non-aggregate key: the expression, and its dotted path when a value can be written there. */
    record Key(JmesPathExpression expression, DottedPath path) {
        String text() {
            return expression.text();
        }

        DottedPath writablePath() {
            if (path == null) {
                throw new PaginationError("Invalid expression for setting a value: "
                        + expression.text() + " (only dotted member names can be written)");
            }
            return path;
        }
    }

    private final String operationName;
    private final ServiceModel service;
    private final List<String> inputTokens;
    private final List<JmesPathExpression> outputTokens;
    private final JmesPathExpression moreResults;
    private final List<Key> resultKeys;
    private final List<Key> nonAggregateKeys;
    private final String limitKey;
    private final List<String> unknownKeys;
    private volatile Boolean limitKeyIsString;

    private PaginatorDefinition(String operationName, ServiceModel service, List<String> inputTokens,
            List<JmesPathExpression> outputTokens, JmesPathExpression moreResults, List<Key> resultKeys,
            List<Key> nonAggregateKeys, String limitKey, List<String> unknownKeys) {
        this.operationName = operationName;
        this.service = service;
        this.inputTokens = List.copyOf(inputTokens);
        this.outputTokens = List.copyOf(outputTokens);
        this.moreResults = moreResults;
        this.resultKeys = List.copyOf(resultKeys);
        this.nonAggregateKeys = List.copyOf(nonAggregateKeys);
        this.limitKey = limitKey;
        this.unknownKeys = List.copyOf(unknownKeys);
    }

    /**
     * Parses one paginator; {@code where} names the file for errors.
     *
     * @throws ModelError naming the file, the paginator and the field when the entry is malformed
     */
    static PaginatorDefinition parse(String operationName, JsonNode config, ServiceModel service, String where) {
        String at = where + ": paginator " + operationName;
        if (config == null || !config.isObject()) {
            throw new ModelError(at + " is not an object");
        }
        // unknown keys are tolerated (newer data may add some) and reported by problems()
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> it = config.propertyNames().iterator(); it.hasNext(); ) {
            String key = it.next();
            if (!KNOWN_KEYS.contains(key)) {
                unknown.add(key);
            }
        }
        List<String> inputTokens = strings(config.get("input_token"), at, "input_token", true);
        List<JmesPathExpression> outputTokens = new ArrayList<>();
        for (String s : strings(config.get("output_token"), at, "output_token", true)) {
            outputTokens.add(compile(s, at, "output_token"));
        }
        JsonNode more = config.get("more_results");
        JmesPathExpression moreResults = null;
        if (more != null && !more.isNull()) {
            if (!more.isString()) {
                throw new ModelError(at + ": more_results must be a string, not " + more);
            }
            moreResults = compile(more.asString(), at, "more_results");
        }
        List<Key> resultKeys = keys(config.get("result_key"), at, "result_key");
        List<Key> nonAggregate = keys(config.get("non_aggregate_keys"), at, "non_aggregate_keys");
        JsonNode limit = config.get("limit_key");
        if (limit != null && !limit.isNull() && !limit.isString()) {
            throw new ModelError(at + ": limit_key must be a string, not " + limit);
        }
        String limitKey = limit == null || limit.isNull() ? null : limit.asString();
        return new PaginatorDefinition(operationName, service, inputTokens, outputTokens, moreResults, resultKeys,
                nonAggregate, limitKey, unknown);
    }

    private static List<Key> keys(JsonNode node, String at, String field) {
        List<Key> out = new ArrayList<>();
        for (String s : strings(node, at, field, false)) {
            out.add(new Key(compile(s, at, field), DottedPath.of(s)));
        }
        return out;
    }

    private static JmesPathExpression compile(String expression, String at, String field) {
        try {
            return JmesPath.compile(expression);
        } catch (IllegalArgumentException e) {
            throw new ModelError(at + ": " + field + " is not valid JMESPath: " + e.getMessage(), e);
        }
    }

    private static List<String> strings(JsonNode node, String at, String field, boolean required) {
        if (node == null || node.isNull()) {
            if (required) {
                throw new ModelError(at + " has no " + field);
            }
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (node.isString()) {
            out.add(node.asString());
        } else if (node.isArray() && !node.isEmpty()) {
            for (JsonNode n : node) {
                if (!n.isString()) {
                    throw new ModelError(at + ": " + field + " must hold strings, found " + n);
                }
                out.add(n.asString());
            }
        } else {
            throw new ModelError(at + ": " + field + " must be a string or a non-empty list of strings, not " + node);
        }
        return out;
    }

    String operationName() {
        return operationName;
    }

    List<String> inputTokens() {
        return inputTokens;
    }

    List<JmesPathExpression> outputTokens() {
        return outputTokens;
    }

    JmesPathExpression moreResults() {
        return moreResults;
    }

    List<Key> resultKeys() {
        return resultKeys;
    }

    List<Key> nonAggregateKeys() {
        return nonAggregateKeys;
    }

    String limitKey() {
        return limitKey;
    }

    /** True when the page-size member is a string in the model, so the size goes as text (as botocore does). */
    boolean limitKeyIsString() {
        Boolean b = limitKeyIsString;
        if (b == null) {
            StructureShape input = service.operationModel(operationName).inputShape();
            Shape member = input == null || limitKey == null ? null : input.member(limitKey);
            b = member instanceof StringShape;
            limitKeyIsString = b;
        }
        return b;
    }

    /**
     * What in this entry disagrees with the operation's shapes: token and limit members that the input does not
     * have, output expressions that nothing the output shape can hold would satisfy, token lists of different
     * lengths. Empty when the entry is sound.
     */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        String at = service.serviceName() + "." + operationName;
        for (String key : unknownKeys) {
            problems.add(at + ": unknown key '" + key + "'");
        }
        if (!service.hasOperation(operationName)) {
            problems.add(at + ": no such operation in " + service.origin());
            return problems;
        }
        OperationModel op = service.operationModel(operationName);
        StructureShape input = op.inputShape();
        for (String token : inputTokens) {
            if (input == null || input.member(token) == null) {
                problems.add(at + ": input_token '" + token + "' is not a member of the input");
            }
        }
        if (limitKey != null) {
            Shape member = input == null ? null : input.member(limitKey);
            if (member == null) {
                problems.add(at + ": limit_key '" + limitKey + "' is not a member of the input");
            } else if (!(member instanceof StringShape) && !isInteger(member)) {
                problems.add(at + ": limit_key '" + limitKey + "' is a " + member.type() + ", not a number or string");
            }
        }
        if (inputTokens.size() != outputTokens.size()) {
            problems.add(at + ": " + inputTokens.size() + " input tokens but " + outputTokens.size() + " output tokens");
        }
        if (resultKeys.isEmpty()) {
            problems.add(at + ": no result_key");
        }
        StructureShape output = op.outputShape();
        if (output == null) {
            problems.add(at + ": the operation has no output");
            return problems;
        }
        Object sample = ShapeSample.of(output);
        for (JmesPathExpression e : outputTokens) {
            check(e, "output_token", sample, at, problems);
        }
        if (moreResults != null) {
            check(moreResults, "more_results", sample, at, problems);
        }
        for (Key k : resultKeys) {
            check(k.expression(), "result_key", sample, at, problems);
        }
        for (Key k : nonAggregateKeys) {
            check(k.expression(), "non_aggregate_keys", sample, at, problems);
        }
        if (!resultKeys.isEmpty() && resultKeys.get(0).path() == null) {
            problems.add(at + ": the primary result_key '" + resultKeys.get(0).text() + "' is not a dotted path");
        }
        return problems;
    }

    private static boolean isInteger(Shape s) {
        return switch (s.type()) {
            case "integer", "long", "short", "byte" -> true;
            default -> false;
        };
    }

    private static void check(JmesPathExpression e, String field, Object sample, String at, List<String> problems) {
        Object value;
        try {
            value = e.search(sample);
        } catch (RuntimeException ex) {
            problems.add(at + ": " + field + " '" + e.text() + "' fails on the output shape: " + ex.getMessage());
            return;
        }
        if (value == null) {
            problems.add(at + ": " + field + " '" + e.text() + "' selects nothing the output shape can hold");
        }
    }
}
