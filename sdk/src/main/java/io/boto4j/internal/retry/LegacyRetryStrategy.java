package io.boto4j.internal.retry;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.ObjectNode;
import io.boto4j.internal.json.JsonTrees;
import io.boto4j.internal.json.JsonMerge;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleSupplier;

/**
 * botocore's {@code legacy} mode, driven by {@code _retry.json}: the {@code __default__} policies, merged with
 * the service's section (keyed by endpoint prefix) and its per-operation sections, retried with the data's
 * exponential delay ({@code base * growth^(n-1)}, {@code base} "rand" meaning a random number in [0, 1)).
 * Policies are resolved once per operation and cached.
 */
public final class LegacyRetryStrategy implements RetryStrategy {
    private record Rules(List<LegacyRetryPolicy> policies) {
    }

    private final int maxAttempts;
    private final boolean randomBase;
    private final double base;
    private final double growthFactor;
    private final JsonNode mergedConfig;
    private final DoubleSupplier random;
    private final Map<String, Rules> rulesByOperation = new ConcurrentHashMap<>();

    /**
     * @param retryData         the whole {@code _retry.json} ({@code definitions} and {@code retry})
     * @param endpointPrefix    the service's endpoint prefix, the key of its section
     * @param totalMaxAttempts  attempts from config ({@code total_max_attempts}, or {@code max_attempts + 1});
     *                          null keeps the data's value
     */
    public LegacyRetryStrategy(JsonNode retryData, String endpointPrefix, Integer totalMaxAttempts) {
        this(retryData, endpointPrefix, totalMaxAttempts, UniformJitter.INSTANCE);
    }

    public LegacyRetryStrategy(JsonNode retryData, String endpointPrefix, Integer totalMaxAttempts,
            DoubleSupplier random) {
        if (retryData == null || !retryData.has("retry")) {
            throw new IllegalArgumentException("legacy retry mode needs the _retry.json data (with a 'retry' "
                    + "section) for " + endpointPrefix);
        }
        JsonNode definitions = retryData.path("definitions");
        JsonNode model = retryData.path("retry");
        ObjectNode merged = JsonTrees.object();
        merged.set("__default__", resolveRefs(model.path("__default__").deepCopy(), definitions));
        JsonNode service = model.get(endpointPrefix);
        if (service != null) {
            JsonMerge.deepMerge(merged, resolveRefs(service.deepCopy(), definitions));
        }
        this.mergedConfig = merged;
        JsonNode defaults = merged.path("__default__");
        int dataAttempts = defaults.path("max_attempts").asInt(5);
        this.maxAttempts = totalMaxAttempts != null ? totalMaxAttempts : dataAttempts;
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("retries total_max_attempts must be at least 1, got " + maxAttempts);
        }
        JsonNode delay = defaults.path("delay");
        if (!"exponential".equals(delay.path("type").asString("exponential"))) {
            throw new IllegalArgumentException("_retry.json delay type '" + delay.path("type").asString()
                    + "' for " + endpointPrefix + " is not supported (only exponential)");
        }
        JsonNode baseNode = delay.path("base");
        this.randomBase = baseNode.isString() && "rand".equals(baseNode.asString()) || baseNode.isMissingNode();
        this.base = randomBase ? 0 : baseNode.asDouble();
        if (!randomBase && base <= 0) {
            throw new IllegalArgumentException("_retry.json delay base for " + endpointPrefix
                    + " must be greater than 0, got " + baseNode);
        }
        this.growthFactor = delay.path("growth_factor").asDouble(2);
        this.random = random;
        // parse the default policies now, so bad data fails when the client is built, not on its first error
        rulesByOperation.put("", rulesFor(""));
    }

    private static JsonNode resolveRefs(JsonNode node, JsonNode definitions) {
        if (node instanceof ObjectNode obj) {
            // a copy: the loop below replaces values of the node it walks
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(obj.properties());
            for (Map.Entry<String, JsonNode> e : entries) {
                JsonNode v = e.getValue();
                if (v.isObject() && v.size() == 1 && v.has("$ref")) {
                    String ref = v.get("$ref").asString();
                    JsonNode target = definitions.get(ref);
                    if (target == null) {
                        throw new IllegalArgumentException("_retry.json refers to unknown definition '" + ref + "'");
                    }
                    obj.set(e.getKey(), target.deepCopy());
                } else {
                    resolveRefs(v, definitions);
                }
            }
        }
        return node;
    }

    @Override
    public String mode() {
        return "legacy";
    }

    @Override
    public int maxAttempts() {
        return maxAttempts;
    }

    /** Per-call state for {@code operationName}, whose own policies (if the data has any) are added. */
    public RetryCall newCall(String operationName) {
        String key = operationName == null ? "" : operationName;
        Rules rules = rulesByOperation.get(key);
        if (rules == null) {
            rules = rulesFor(key);
            rulesByOperation.putIfAbsent(key, rules);
        }
        return new Call(rules);
    }

    @Override
    public RetryCall newCall() {
        return newCall(null);
    }

    private Rules rulesFor(String operation) {
        List<LegacyRetryPolicy> policies = new ArrayList<>();
        addPolicies(policies, mergedConfig.path("__default__").path("policies"));
        if (!operation.isEmpty()) {
            addPolicies(policies, mergedConfig.path(operation).path("policies"));
        }
        return new Rules(List.copyOf(policies));
    }

    private static void addPolicies(List<LegacyRetryPolicy> out, JsonNode policies) {
        for (Map.Entry<String, JsonNode> e : policies.properties()) {
            out.add(LegacyRetryPolicy.parse(e.getKey(), e.getValue()));
        }
    }

    private double delaySeconds(int attempt) {
        double b = randomBase ? random.getAsDouble() : base;
        return b * Math.pow(growthFactor, attempt - 1);
    }

    private final class Call implements RetryCall {
        private final Rules rules;

        Call(Rules rules) {
            this.rules = rules;
        }

        @Override
        public void beforeAttempt() {
        }

        @Override
        public RetryDecision afterAttempt(AttemptOutcome outcome) {
            boolean matches = outcome.callerRetryable();
            for (LegacyRetryPolicy p : rules.policies) {
                if (matches) {
                    break;
                }
                matches = p.applies(outcome);
            }
            if (!matches) {
                return RetryDecision.STOP;
            }
            if (outcome.attempt() >= maxAttempts) {
                return RetryDecision.MAX_ATTEMPTS;
            }
            return RetryDecision.retryAfter(delaySeconds(outcome.attempt()));
        }
    }
}
