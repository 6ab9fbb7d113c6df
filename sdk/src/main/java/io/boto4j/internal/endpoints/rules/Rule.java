package io.boto4j.internal.endpoints.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A compiled rule: conditions (with their assignments) and what follows when all hold. */
abstract sealed class Rule {
    private final Condition[] conditions;
    private final int[] assignedSlots;

    record Condition(Expr fn, int assignSlot) {
    }

    Rule(Condition[] conditions) {
        this.conditions = conditions;
        int[] slots = new int[conditions.length];
        int n = 0;
        for (Condition c : conditions) {
            if (c.assignSlot >= 0) {
                slots[n++] = c.assignSlot;
            }
        }
        // a loop, not an IntStream: rule sets are built on a client's first-call path, where a stream pipeline
        // costs some 25 classes and its lambdas
        this.assignedSlots = Arrays.copyOf(slots, n);
    }

    /** The endpoint, null when the rule does not apply; throws for a matching error rule. */
    final RuleSetEndpoint evaluate(Object[] scope) {
        RuleSetEndpoint result = null;
        if (conditionsHold(scope)) {
            result = onMatch(scope);
        }
        if (result == null) {
            // variables a rule assigned are visible only inside it; siblings start clean
            for (int slot : assignedSlots) {
                scope[slot] = null;
            }
        }
        return result;
    }

    private boolean conditionsHold(Object[] scope) {
        for (Condition c : conditions) {
            Object v = c.fn.eval(scope);
            if (c.assignSlot >= 0) {
                scope[c.assignSlot] = v;
            }
            if (v == null || Boolean.FALSE.equals(v)) {
                return false;
            }
        }
        return true;
    }

    abstract RuleSetEndpoint onMatch(Object[] scope);

    static final class Tree extends Rule {
        private final Rule[] rules;

        Tree(Condition[] conditions, Rule[] rules) {
            super(conditions);
            this.rules = rules;
        }

        @Override
        RuleSetEndpoint onMatch(Object[] scope) {
            for (Rule r : rules) {
                RuleSetEndpoint e = r.evaluate(scope);
                if (e != null) {
                    return e;
                }
            }
            return null;
        }
    }

    static final class Error extends Rule {
        private final Expr message;

        Error(Condition[] conditions, Expr message) {
            super(conditions);
            this.message = message;
        }

        @Override
        RuleSetEndpoint onMatch(Object[] scope) {
            throw new RuleSetError(Values.display(message.eval(scope)));
        }
    }

    static final class Endpoint extends Rule {
        private final Expr url;
        private final Map<String, Expr[]> headers;
        private final Expr properties; // evaluates to a Map
        private final boolean constantHeaders;

        Endpoint(Condition[] conditions, Expr url, Map<String, Expr[]> headers, Expr properties) {
            super(conditions);
            this.url = url;
            this.headers = headers;
            this.properties = properties;
            this.constantHeaders = headers.isEmpty();
        }

        @Override
        @SuppressWarnings("unchecked")
        RuleSetEndpoint onMatch(Object[] scope) {
            Map<String, List<String>> h;
            if (constantHeaders) {
                h = Map.of();
            } else {
                Map<String, List<String>> out = new LinkedHashMap<>();
                headers.forEach((name, values) -> {
                    List<String> vs = new ArrayList<>(values.length);
                    for (Expr v : values) {
                        vs.add(Values.display(v.eval(scope)));
                    }
                    out.put(name, Collections.unmodifiableList(vs));
                });
                h = Collections.unmodifiableMap(out);
            }
            return new RuleSetEndpoint(Values.display(url.eval(scope)), h,
                    (Map<String, Object>) properties.eval(scope));
        }
    }
}
