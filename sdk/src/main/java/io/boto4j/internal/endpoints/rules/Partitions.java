package io.boto4j.internal.endpoints.rules;

import io.boto4j.internal.json.JsonNode;
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

    /** One partition; its region regex compiles on the first region its list does not name, not at start-up. */
    private static final class Partition {
        final String id;
        final String regionRegex;
        final Set<String> regions;
        final Map<String, Object> outputs;
        private volatile Pattern compiled;

        Partition(String id, String regionRegex, Set<String> regions, Map<String, Object> outputs) {
            this.id = id;
            this.regionRegex = regionRegex;
            this.regions = regions;
            this.outputs = outputs;
        }

        boolean matches(String region) {
            if (regions.contains(region)) {
                return true;
            }
            Pattern p = compiled;
            if (p == null) {
                p = Pattern.compile(regionRegex);
                compiled = p;
            }
            return p.matcher(region).lookingAt();
        }
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
            for (Map.Entry<String, JsonNode> e : p.path("outputs").properties()) {
                outputs.put(e.getKey(), JsonTrees.toJava(e.getValue()));
            }
            outputs.put("name", id);
            Set<String> regions = new java.util.HashSet<>();
            for (String region : p.path("regions").propertyNames()) {
                regions.add(region);
            }
            out.add(new Partition(id, p.path("regionRegex").asString("^$"), Set.copyOf(regions),
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
            if (p.matches(region)) {
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
        List<String> ids = new ArrayList<>(partitions.size());
        for (Partition p : partitions) {
            ids.add(p.id);
        }
        return List.copyOf(ids);
    }
}
