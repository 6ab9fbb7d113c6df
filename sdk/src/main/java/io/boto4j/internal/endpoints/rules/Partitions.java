package io.boto4j.internal.endpoints.rules;

import tools.jackson.databind.JsonNode;
import io.boto4j.internal.json.JsonTrees;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * {@code partitions.json} compiled for {@code aws.partition}: a region belongs to the first partition that lists
 * it or whose {@code regionRegex} matches; an unknown region falls back to the first partition (botocore's rule).
 */
public final class Partitions {
    private static final int MAX_CACHED_REGIONS = 1024;

    private final List<Partition> partitions;
    private final Map<String, Map<String, Object>> byRegion = new ConcurrentHashMap<>();

    private record Partition(String id, Pattern regionRegex, Set<String> regions, Map<String, Object> outputs) {
    }

    private Partitions(List<Partition> partitions) {
        if (partitions.isEmpty()) {
            throw new RuleSetError("partitions data lists no partition");
        }
        this.partitions = partitions;
    }

    /** Compiles the tree of {@code partitions.json}. */
    public static Partitions from(JsonNode data) {
        List<Partition> out = new ArrayList<>();
        for (JsonNode p : data.path("partitions")) {
            String id = p.path("id").asString();
            Map<String, Object> outputs = new LinkedHashMap<>();
            p.path("outputs").properties().forEach(e -> outputs.put(e.getKey(), JsonTrees.toJava(e.getValue())));
            outputs.put("name", id);
            Set<String> regions = new java.util.HashSet<>();
            p.path("regions").propertyNames().iterator().forEachRemaining(regions::add);
            out.add(new Partition(id, Pattern.compile(p.path("regionRegex").asString("^$")), Set.copyOf(regions),
                    Map.copyOf(outputs)));
        }
        return new Partitions(List.copyOf(out));
    }

    /** The partition record ({@code name}, {@code dnsSuffix}, {@code supportsFIPS}, ...) of a region. */
    public Map<String, Object> partitionOf(String region) {
        if (region == null) {
            return partitions.get(0).outputs;
        }
        Map<String, Object> hit = byRegion.get(region);
        if (hit != null) {
            return hit;
        }
        Map<String, Object> found = partitions.get(0).outputs;
        for (Partition p : partitions) {
            if (p.regions.contains(region) || p.regionRegex.matcher(region).lookingAt()) {
                found = p.outputs;
                break;
            }
        }
        if (byRegion.size() < MAX_CACHED_REGIONS) {
            byRegion.put(region, found);
        }
        return found;
    }

    /** The partition ids in file order. */
    public List<String> ids() {
        return partitions.stream().map(Partition::id).toList();
    }
}
