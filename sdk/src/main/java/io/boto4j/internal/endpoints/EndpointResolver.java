package io.boto4j.internal.endpoints;

import io.boto4j.internal.model.ModelTrees;
import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.endpoints.rules.Parameter;
import io.boto4j.internal.endpoints.rules.Partitions;
import io.boto4j.internal.endpoints.rules.RuleSet;
import io.boto4j.internal.endpoints.rules.RuleSetEndpoint;
import io.boto4j.internal.jmespath.JmesPath;
import io.boto4j.internal.jmespath.JmesPathExpression;
import io.boto4j.internal.json.JsonTrees;
import io.boto4j.model.Names;
import io.boto4j.model.OperationModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves a service's endpoints with its rule set. Per operation it precomputes where each rule-set parameter
 * comes from, in botocore's order: static context param, context param (an input member), operation context
 * param (a JMESPath over the input), client context param, then built-in. Thread-safe; one per service and
 * shared by its clients.
 */
public final class EndpointResolver {
    private static final ConcurrentHashMap<String, EndpointResolver> SHARED = new ConcurrentHashMap<>();
    private static volatile Map.Entry<JsonNode, Partitions> lastPartitions;

    private final RuleSet ruleSet;
    private final JsonNode ruleSetTree;
    private final List<Parameter> parameters;
    private final String[] clientContextNames;
    private final String[] clientContextSnakeNames;
    private final String[] builtInNames;
    private final Map<String, Plan> plans = new ConcurrentHashMap<>();
    /** Results by parameter values, as botocore's LRU over resolve_endpoint; errors are not cached. */
    private final Map<ArgsKey, ResolvedEndpoint> results = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_RESULTS = 512;
    private final Plan noOperation;

    /** Parameter values plus the TLS flag: equal inputs resolve to equal endpoints. */
    private static final class ArgsKey {
        private final Object[] args;
        private final boolean useSsl;
        private final int hash;

        ArgsKey(Object[] args, boolean useSsl) {
            this.args = args;
            this.useSsl = useSsl;
            this.hash = java.util.Arrays.hashCode(args) * 31 + (useSsl ? 1 : 0);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ArgsKey k && k.hash == hash && k.useSsl == useSsl && java.util.Arrays.equals(k.args, args);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** Where each parameter's value comes from for one operation; null entries mean "not from there". */
    private record Plan(Object[] staticValues, String[] members, JmesPathExpression[] paths) {
    }

    private EndpointResolver(RuleSet ruleSet, JsonNode ruleSetTree, Set<String> clientContextParams) {
        this.ruleSet = ruleSet;
        this.ruleSetTree = ruleSetTree;
        this.parameters = ruleSet.parameters();
        int n = parameters.size();
        this.clientContextNames = new String[n];
        this.clientContextSnakeNames = new String[n];
        this.builtInNames = new String[n];
        for (Parameter p : parameters) {
            builtInNames[p.index()] = p.builtIn();
            if (clientContextParams == null ? p.builtIn() == null : clientContextParams.contains(p.name())) {
                clientContextNames[p.index()] = p.name();
                clientContextSnakeNames[p.index()] = Names.xformName(p.name());
            }
        }
        this.noOperation = emptyPlan(n);
    }

    /**
     * The shared resolver of a service, compiling its rule set on first use (and again only if a different
     * tree comes in for the same key, e.g. after a data-path change).
     *
     * @param serviceKey          a key unique per service and api version, e.g. {@code s3/2006-03-01}
     * @param ruleSetTree         {@code endpoint-rule-set-1.json} as the loader returns it
     * @param partitionsTree      {@code partitions.json} as the loader returns it
     * @param clientContextParams the names in the model's {@code clientContextParams}; null to let every
     *                            non-built-in parameter be set from client context
     */
    public static EndpointResolver shared(String serviceKey, JsonNode ruleSetTree, JsonNode partitionsTree,
                                          Set<String> clientContextParams) {
        EndpointResolver r = SHARED.get(serviceKey);
        if (r != null && r.ruleSetTree == ruleSetTree) {
            return r;
        }
        EndpointResolver created = new EndpointResolver(RuleSet.compile(ruleSetTree, partitions(partitionsTree)),
                ruleSetTree, clientContextParams == null ? null : Set.copyOf(clientContextParams));
        SHARED.put(serviceKey, created);
        return created;
    }

    /** The compiled partitions of a tree; the last one is kept, as one JVM normally has one. */
    public static Partitions partitions(JsonNode partitionsTree) {
        Map.Entry<JsonNode, Partitions> last = lastPartitions;
        if (last != null && last.getKey() == partitionsTree) {
            return last.getValue();
        }
        Partitions p = Partitions.from(partitionsTree);
        lastPartitions = Map.entry(partitionsTree, p);
        return p;
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** Resolves for an operation call with the client's parameters. */
    public ResolvedEndpoint resolve(EndpointParams params, OperationModel operation, Map<String, ?> callParams) {
        return resolve(params.builtIns(), params.clientContext(), params.useSsl(), operation, callParams);
    }

    /**
     * Resolves with built-ins given by name (a caller may have let {@code before-endpoint-resolution} handlers
     * change them).
     *
     * @param operation  the operation, or null for a client-level resolution
     * @param callParams the call's input parameters (may be null)
     * @throws io.boto4j.internal.endpoints.rules.RuleSetError with the rule set's message when it answers with an error
     */
    public ResolvedEndpoint resolve(Map<String, ?> builtIns, Map<String, ?> clientContext, boolean useSsl,
                                    OperationModel operation, Map<String, ?> callParams) {
        Plan plan = operation == null ? noOperation : planOf(operation);
        Object[] args = new Object[parameters.size()];
        for (int i = 0; i < args.length; i++) {
            Object v = plan.staticValues[i];
            if (v == null && plan.members[i] != null && callParams != null) {
                v = callParams.get(plan.members[i]);
            }
            if (v == null && plan.paths[i] != null && callParams != null) {
                v = ruleValue(plan.paths[i].search(callParams));
            }
            if (v == null && clientContextNames[i] != null && clientContext != null && !clientContext.isEmpty()) {
                v = clientContext.get(clientContextSnakeNames[i]);
                if (v == null) {
                    v = clientContext.get(clientContextNames[i]);
                }
            }
            if (v == null && builtInNames[i] != null && builtIns != null) {
                v = builtIns.get(builtInNames[i]);
            }
            args[i] = v;
        }
        ArgsKey key = new ArgsKey(args, useSsl);
        ResolvedEndpoint cached = results.get(key);
        if (cached != null) {
            return cached;
        }
        ResolvedEndpoint resolved = evaluate(args, useSsl);
        if (results.size() >= MAX_CACHED_RESULTS) {
            results.clear(); // a burst of distinct inputs (many buckets); start over rather than track recency
        }
        results.put(key, resolved);
        return resolved;
    }

    private ResolvedEndpoint evaluate(Object[] args, boolean useSsl) {
        RuleSetEndpoint e = ruleSet.evaluate(args);
        String url = e.url();
        Parameter endpointParam = ruleSet.parameter("Endpoint");
        boolean explicitEndpoint = endpointParam != null && args[endpointParam.index()] != null;
        if (!useSsl && url.startsWith("https://") && !explicitEndpoint) {
            url = "http://" + url.substring(8);
        }
        return new ResolvedEndpoint(url, firstValues(e.headers()), e.properties(), authSchemes(e.properties()));
    }

    /** The operation's plan, made once; get-then-put rather than a computeIfAbsent lambda (a class on a cold JVM). */
    private Plan planOf(OperationModel operation) {
        Plan plan = plans.get(operation.name());
        if (plan == null) {
            Plan made = planFor(operation);
            plan = plans.putIfAbsent(operation.name(), made);
            if (plan == null) {
                plan = made;
            }
        }
        return plan;
    }

    private static Map<String, String> firstValues(Map<String, List<String>> headers) {
        if (headers.isEmpty()) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            if (!h.getValue().isEmpty()) {
                out.put(h.getKey(), h.getValue().get(0));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private static List<EndpointAuthScheme> authSchemes(Map<String, Object> properties) {
        if (!(properties.get("authSchemes") instanceof List<?> list) || list.isEmpty()) {
            return List.of();
        }
        List<EndpointAuthScheme> out = new ArrayList<>(list.size());
        for (Object o : list) {
            if (o instanceof Map<?, ?> m) {
                out.add(EndpointAuthScheme.from(m));
            }
        }
        return List.copyOf(out);
    }

    private static Plan emptyPlan(int n) {
        return new Plan(new Object[n], new String[n], new JmesPathExpression[n]);
    }

    private Plan planFor(OperationModel op) {
        Plan plan = emptyPlan(parameters.size());
        Map<String, JsonNode> statics = ModelTrees.staticContextParams(op);
        Map<String, String> members = op.contextParams();
        Map<String, String> paths = op.operationContextParams();
        for (Parameter p : parameters) {
            int i = p.index();
            JsonNode s = statics.get(p.name());
            if (s != null && !s.isNull()) {
                plan.staticValues[i] = fromTree(s);
            }
            plan.members[i] = members.get(p.name());
            String path = paths.get(p.name());
            if (path != null) {
                plan.paths[i] = JmesPath.compile(path);
            }
        }
        return plan;
    }

    /** Rule-set values from JSON: strings, booleans, lists of strings. */
    static Object fromTree(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isString()) {
            return n.asString();
        }
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        return ruleValue(JsonTrees.toJava(n));
    }

    /**
     * A rule-set value from what an operation context param's JMESPath selected in the call input: lists are
     * copied without their nulls (python's jmespath drops nulls from a flatten projection; the Java library keeps
     * them).
     */
    static Object ruleValue(Object v) {
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object item : l) {
                if (item != null) {
                    out.add(ruleValue(item));
                }
            }
            return Collections.unmodifiableList(out);
        }
        return v;
    }
}
