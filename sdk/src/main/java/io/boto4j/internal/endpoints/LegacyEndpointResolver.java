package io.boto4j.internal.endpoints;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.ObjectNode;
import io.boto4j.exception.EndpointResolutionError;
import io.boto4j.exception.NoRegionError;
import io.boto4j.internal.json.JsonTrees;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The fallback for services without an endpoint rule set: {@code endpoints.json} hostname templates with
 * botocore's partition, variant (FIPS, dual-stack) and default merging. Not on any hot path: a client resolves
 * its endpoint once.
 */
public final class LegacyEndpointResolver {
    private static final Set<String> NO_DUALSTACK_PARTITIONS = Set.of("aws-iso", "aws-iso-b");
    private final JsonNode endpoints;
    private final Map<String, Pattern> regionRegex = new ConcurrentHashMap<>();

    /**
     * A resolved legacy endpoint.
     *
     * @param hostname          the host name (template expanded)
     * @param partition         the partition id
     * @param endpointName      the endpoints.json entry used (a region or e.g. {@code aws-global})
     * @param protocols         protocols the endpoint speaks; empty means https
     * @param signatureVersions signature versions it lists, if any
     * @param credentialScope   {@code region}/{@code service} overrides for signing, if any
     */
    public record LegacyEndpoint(String hostname, String partition, String endpointName, List<String> protocols,
                                 List<String> signatureVersions, Map<String, String> credentialScope) {

        /** The endpoint URL botocore's client bridge builds: https unless only http is listed or TLS is off. */
        public String url(boolean useSsl) {
            boolean https = useSsl && (protocols.isEmpty() || protocols.contains("https"));
            return (https ? "https://" : "http://") + hostname;
        }
    }

    /** @param endpointsTree {@code endpoints.json} as the loader returns it */
    public LegacyEndpointResolver(JsonNode endpointsTree) {
        this.endpoints = Objects.requireNonNull(endpointsTree, "endpoints data");
    }

    /**
     * The endpoint of a service in a region, or null when no partition knows the region.
     *
     * @param endpointPrefix the service's {@code endpointPrefix}
     * @param region         the region, or null for the partition endpoint of a global service
     * @throws EndpointResolutionError when a FIPS/dual-stack variant does not exist
     */
    public LegacyEndpoint construct(String endpointPrefix, String region, boolean useDualStack, boolean useFips) {
        for (JsonNode partition : endpoints.path("partitions")) {
            if (useDualStack && NO_DUALSTACK_PARTITIONS.contains(partition.path("partition").asString())) {
                continue;
            }
            LegacyEndpoint e = forPartition(partition, endpointPrefix, region, useDualStack, useFips);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    private LegacyEndpoint forPartition(JsonNode partition, String service, String region, boolean dualStack,
                                        boolean fips) {
        JsonNode serviceData = partition.path("services").path(service);
        if (serviceData.isMissingNode()) {
            serviceData = JsonTrees.object().set("endpoints", JsonTrees.object());
        }
        String name = region;
        if (name == null) {
            if (!serviceData.has("partitionEndpoint")) {
                throw new NoRegionError("You must specify a region.");
            }
            name = serviceData.get("partitionEndpoint").asString();
        }
        if (serviceData.path("endpoints").has(name)) {
            return resolve(partition, service, serviceData, name, dualStack, fips);
        }
        if (regionMatches(partition, name)) {
            String partitionEndpoint = serviceData.path("partitionEndpoint").asString(null);
            boolean regionalized = serviceData.path("isRegionalized").asBoolean(true);
            if (partitionEndpoint != null && !regionalized) {
                name = partitionEndpoint;
            }
            return resolve(partition, service, serviceData, name, dualStack, fips);
        }
        return null;
    }

    private boolean regionMatches(JsonNode partition, String region) {
        if (partition.path("regions").has(region)) {
            return true;
        }
        String regex = partition.path("regionRegex").asString(null);
        return regex != null && regionRegex.computeIfAbsent(regex, Pattern::compile).matcher(region).lookingAt();
    }

    private LegacyEndpoint resolve(JsonNode partition, String service, JsonNode serviceData, String name,
                                   boolean dualStack, boolean fips) {
        JsonNode endpointData = serviceData.path("endpoints").path(name);
        JsonNode serviceDefaults = serviceData.path("defaults");
        JsonNode partitionDefaults = partition.path("defaults");
        ObjectNode result = JsonTrees.object();
        Set<String> tags = new HashSet<>();
        if (dualStack) {
            tags.add("dualstack");
        }
        if (fips) {
            tags.add("fips");
        }
        if (!tags.isEmpty()) {
            for (JsonNode source : List.of(endpointData, serviceDefaults, partitionDefaults)) {
                JsonNode variant = variant(source, tags);
                if (variant != null) {
                    mergeMissing(variant, result);
                }
            }
            if (result.isEmpty()) {
                throw new EndpointResolutionError("Endpoint does not exist for " + service + " in region " + name
                        + " (variant " + tags + ")");
            }
            mergeMissing(endpointData, result);
        } else if (endpointData.isObject()) {
            result.setAll((ObjectNode) endpointData.deepCopy());
        }
        String dnsSuffix = result.has("dnsSuffix") ? result.get("dnsSuffix").asString()
                : partition.path("dnsSuffix").asString();
        mergeMissing(serviceDefaults, result);
        mergeMissing(partitionDefaults, result);
        String hostname = result.path("hostname").asString("{service}.{region}.{dnsSuffix}")
                .replace("{service}", service).replace("{region}", name).replace("{dnsSuffix}", dnsSuffix);
        return new LegacyEndpoint(hostname, partition.path("partition").asString(), name, strings(result.get("protocols")),
                strings(result.get("signatureVersions")), credentialScope(result.get("credentialScope")));
    }

    private static JsonNode variant(JsonNode data, Set<String> tags) {
        for (JsonNode v : data.path("variants")) {
            Set<String> vt = new HashSet<>();
            v.path("tags").forEach(t -> vt.add(t.asString()));
            if (vt.equals(tags)) {
                return v;
            }
        }
        return null;
    }

    private static void mergeMissing(JsonNode from, ObjectNode into) {
        if (from == null || !from.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = from.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!into.has(e.getKey())) {
                into.set(e.getKey(), e.getValue());
            }
        }
    }

    private static List<String> strings(JsonNode n) {
        if (n == null || !n.isArray()) {
            return List.of();
        }
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        n.forEach(v -> out.add(v.asString()));
        return List.copyOf(out);
    }

    private static Map<String, String> credentialScope(JsonNode n) {
        if (n == null || !n.isObject()) {
            return Map.of();
        }
        Map<String, String> out = new java.util.LinkedHashMap<>();
        n.properties().iterator().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asString()));
        return java.util.Collections.unmodifiableMap(out);
    }
}
