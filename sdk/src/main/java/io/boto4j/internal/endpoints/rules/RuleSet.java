package io.boto4j.internal.endpoints.rules;

import io.boto4j.internal.json.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.ToIntFunction;

/**
 * A compiled {@code endpoint-rule-set-1.json}. Compile once per service and share: instances are immutable
 * and thread-safe; each evaluation uses its own variable array.
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.compile(ruleSetTree, Partitions.from(partitionsTree));
 * RuleSetEndpoint e = rules.evaluate(Map.of("Region", "us-west-2", "UseFIPS", false));
 * }</pre>
 */
public final class RuleSet {
    private final List<Parameter> parameters;
    private final Map<String, Parameter> byName;
    private final Rule[] rules;
    private final int slotCount;

    private RuleSet(List<Parameter> parameters, Rule[] rules, int slotCount) {
        this.parameters = parameters;
        Map<String, Parameter> m = new HashMap<>();
        for (Parameter p : parameters) {
            m.put(p.name(), p);
        }
        this.byName = Collections.unmodifiableMap(m);
        this.rules = rules;
        this.slotCount = slotCount;
    }

    /** Compiles a rule-set tree; a malformed one fails here, naming what is wrong. */
    public static RuleSet compile(JsonNode ruleSet, Partitions partitions) {
        return new Compiler(partitions).compile(ruleSet);
    }

    /** The declared parameters in file order; {@link Parameter#index()} is the position in the argument array. */
    public List<Parameter> parameters() {
        return parameters;
    }

    /** The parameter of that name, or null. */
    public Parameter parameter(String name) {
        return byName.get(name);
    }

    /** Evaluates with parameters by name; unknown names are ignored. */
    public RuleSetEndpoint evaluate(Map<String, ?> params) {
        Object[] args = new Object[parameters.size()];
        for (Parameter p : parameters) {
            args[p.index()] = params.get(p.name());
        }
        return evaluate(args);
    }

    /**
     * Evaluates with parameter values by {@link Parameter#index()} (the hot path: no name lookups).
     *
     * @throws RuleSetError with the rule set's own message for an error rule, or botocore's for missing or
     *                      mistyped parameters and when no rule matches
     */
    public RuleSetEndpoint evaluate(Object[] args) {
        Object[] scope = new Object[slotCount];
        for (Parameter p : parameters) {
            scope[p.index()] = p.process(p.index() < args.length ? args[p.index()] : null);
        }
        for (Rule r : rules) {
            RuleSetEndpoint e = r.evaluate(scope);
            if (e != null) {
                return e;
            }
        }
        StringJoiner j = new StringJoiner("\n");
        for (Parameter p : parameters) {
            Object v = p.index() < args.length ? args[p.index()] : null;
            if (v != null) {
                j.add(p.name() + ": " + Values.display(v));
            }
        }
        throw new RuleSetError("No endpoint found for parameters:\n" + j);
    }

    /**
     * Turns the tree into rules and expressions; names become slots, parameters first. It is also the
     * name-to-slot function templates are compiled with.
     */
    private static final class Compiler implements ToIntFunction<String> {
        private final Partitions partitions;
        private final Map<String, Integer> slots = new LinkedHashMap<>();

        Compiler(Partitions partitions) {
            this.partitions = partitions;
        }

        RuleSet compile(JsonNode tree) {
            if (tree == null || !tree.isObject()) {
                throw new RuleSetError("An endpoint rule set must be a JSON object");
            }
            List<Parameter> params = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = tree.path("parameters").properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String name = e.getKey();
                JsonNode spec = e.getValue();
                Parameter.Type type = Parameter.Type.parse(spec.path("type").asString(""), name);
                Object def = spec.has("default") ? literal(spec.get("default")) : null;
                int index = slot(name);
                params.add(new Parameter(name, type, spec.hasNonNull("builtIn") ? spec.get("builtIn").asString() : null,
                        def, spec.path("required").asBoolean(false), index));
            }
            Rule[] rules = rules(tree.path("rules"), Where.ROOT);
            return new RuleSet(List.copyOf(params), rules, slots.size());
        }

        private int slot(String name) {
            Integer slot = slots.get(name);
            if (slot == null) {
                slot = slots.size();
                slots.put(name, slot);
            }
            return slot;
        }

        @Override
        public int applyAsInt(String name) {
            return slot(name);
        }

        private Rule[] rules(JsonNode array, Where where) {
            if (!array.isArray()) {
                throw new RuleSetError("Expected a list of rules at " + where);
            }
            Rule[] out = new Rule[array.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = rule(array.get(i), where.at(i));
            }
            return out;
        }

        private Rule rule(JsonNode node, Where where) {
            JsonNode conds = node.path("conditions");
            Rule.Condition[] conditions = new Rule.Condition[conds.size()];
            for (int i = 0; i < conditions.length; i++) {
                JsonNode c = conds.get(i);
                Expr fn = expr(c, where.child(".conditions").at(i));
                int assign = c.hasNonNull("assign") ? slot(c.get("assign").asString()) : -1;
                conditions[i] = new Rule.Condition(fn, assign);
            }
            String type = node.path("type").asString("");
            switch (type) {
                case "tree":
                    return new Rule.Tree(conditions, rules(node.path("rules"), where.child(".rules")));
                case "error":
                    return new Rule.Error(conditions, expr(node.path("error"), where.child(".error")));
                case "endpoint": {
                    JsonNode ep = node.path("endpoint");
                    Map<String, Expr[]> headers = new LinkedHashMap<>();
                    for (Iterator<Map.Entry<String, JsonNode>> it = ep.path("headers").properties().iterator(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> h = it.next();
                        Expr[] values = new Expr[h.getValue().size()];
                        for (int i = 0; i < values.length; i++) {
                            values[i] = expr(h.getValue().get(i), where.child(".headers." + h.getKey()));
                        }
                        headers.put(h.getKey(), values);
                    }
                    Expr props = ep.has("properties") ? structure(ep.get("properties")) : new Expr.Literal(Map.of());
                    return new Rule.Endpoint(conditions, expr(ep.path("url"), where.child(".endpoint.url")),
                            Collections.unmodifiableMap(headers), props);
                }
                default:
                    throw new RuleSetError("Unknown rule type: " + type + " at " + where
                            + ". A rule must be of type tree, endpoint or error.");
            }
        }

        /** An argument: a function call, a reference, a template string or a literal. */
        private Expr expr(JsonNode node, Where where) {
            if (node.isObject() && node.has("fn")) {
                JsonNode argv = node.path("argv");
                Expr[] args = new Expr[argv.size()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = expr(argv.get(i), where.child(".argv").at(i));
                }
                try {
                    return Functions.call(node.get("fn").asString(), args, partitions);
                } catch (RuleSetError e) {
                    throw new RuleSetError(e.getMessage() + " at " + where);
                }
            }
            if (node.isObject() && node.has("ref")) {
                return new Expr.Ref(slot(node.get("ref").asString()));
            }
            if (node.isString()) {
                return Template.compile(node.asString(), this);
            }
            if (node.isMissingNode()) {
                throw new RuleSetError("Missing value at " + where);
            }
            return new Expr.Literal(literal(node));
        }

        /** Endpoint properties: nested maps and lists whose strings may be templates; constant parts fold. */
        private Expr structure(JsonNode node) {
            if (node.isObject()) {
                Map<String, Expr> fields = new LinkedHashMap<>();
                boolean constant = true;
                for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    Expr v = structure(e.getValue());
                    constant &= v instanceof Expr.Literal;
                    fields.put(e.getKey(), v);
                }
                String[] keys = fields.keySet().toArray(new String[0]);
                Expr[] values = fields.values().toArray(new Expr[0]);
                Expr mapExpr = new MapOf(keys, values);
                return constant ? new Expr.Literal(mapExpr.eval(new Object[0])) : mapExpr;
            }
            if (node.isArray()) {
                List<Expr> items = new ArrayList<>();
                boolean constant = true;
                for (JsonNode n : node) {
                    Expr v = structure(n);
                    constant &= v instanceof Expr.Literal;
                    items.add(v);
                }
                Expr listExpr = new ListOf(items.toArray(new Expr[0]));
                return constant ? new Expr.Literal(listExpr.eval(new Object[0])) : listExpr;
            }
            if (node.isString()) {
                return Template.compile(node.asString(), this);
            }
            return new Expr.Literal(literal(node));
        }

        private static Object literal(JsonNode node) {
            if (node == null || node.isNull()) {
                return null;
            }
            if (node.isString()) {
                return node.asString();
            }
            if (node.isBoolean()) {
                return node.asBoolean();
            }
            if (node.isIntegralNumber()) {
                return node.asInt();
            }
            if (node.isNumber()) {
                return node.decimalValue();
            }
            if (node.isArray()) {
                List<Object> out = new ArrayList<>();
                for (JsonNode n : node) {
                    out.add(literal(n));
                }
                return Collections.unmodifiableList(out);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                out.put(e.getKey(), literal(e.getValue()));
            }
            return Collections.unmodifiableMap(out);
        }
    }

    /**
     * Where a node sits in the rule set ({@code rules[3].rules[0].conditions[1].argv[0]}), for error messages. A
     * chain of small objects rendered only when an error is raised: S3's rule set has thousands of nodes, and
     * building each one's path as a string cost its first client's compile a large share of its time.
     */
    private static final class Where {
        static final Where ROOT = new Where(null, "rules", -1);

        private final Where parent;
        private final String segment;
        private final int index;

        private Where(Where parent, String segment, int index) {
            this.parent = parent;
            this.segment = segment;
            this.index = index;
        }

        Where child(String segment) {
            return new Where(this, segment, -1);
        }

        Where at(int index) {
            return new Where(this, null, index);
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            render(b);
            return b.toString();
        }

        private void render(StringBuilder b) {
            if (parent != null) {
                parent.render(b);
            }
            if (segment != null) {
                b.append(segment);
            }
            if (index >= 0) {
                b.append('[').append(index).append(']');
            }
        }
    }

    /** An endpoint property map with templated values (a named class: a lambda spins a class on a fresh JVM). */
    private static final class MapOf implements Expr {
        private final String[] keys;
        private final Expr[] values;

        MapOf(String[] keys, Expr[] values) {
            this.keys = keys;
            this.values = values;
        }

        @Override
        public Object eval(Object[] scope) {
            Map<String, Object> out = new LinkedHashMap<>(keys.length * 2);
            for (int i = 0; i < keys.length; i++) {
                out.put(keys[i], values[i].eval(scope));
            }
            return Collections.unmodifiableMap(out);
        }
    }

    /** An endpoint property list with templated items. */
    private static final class ListOf implements Expr {
        private final Expr[] items;

        ListOf(Expr[] items) {
            this.items = items;
        }

        @Override
        public Object eval(Object[] scope) {
            List<Object> out = new ArrayList<>(items.length);
            for (Expr item : items) {
                out.add(item.eval(scope));
            }
            return Collections.unmodifiableList(out);
        }
    }
}
