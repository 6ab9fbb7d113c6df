package io.boto4j.internal.endpoints;

import io.boto4j.internal.json.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Regions and partitions as {@code endpoints.json} lists them, with botocore's semantics for
 * {@code Session.get_available_regions} and {@code get_available_partitions}.
 */
public final class RegionCatalog {
    private final JsonNode endpoints;

    /** @param endpointsTree {@code endpoints.json} as {@code Loader.loadData("endpoints")} returns it */
    public RegionCatalog(JsonNode endpointsTree) {
        this.endpoints = Objects.requireNonNull(endpointsTree, "endpoints data");
    }

    /** The partition names in file order ({@code aws}, {@code aws-cn}, ...). */
    public List<String> availablePartitions() {
        List<String> out = new ArrayList<>();
        endpoints.path("partitions").forEach(p -> out.add(p.path("partition").asString()));
        return List.copyOf(out);
    }

    /**
     * The endpoint names a service lists in a partition: only regions of that partition unless
     * {@code allowNonRegional} (then also names such as {@code fips-us-east-1} or {@code aws-global}). Empty for an
     * unknown service or partition, as botocore.
     *
     * @param endpointPrefix the service's {@code endpointPrefix} metadata (botocore looks regions up by it)
     */
    public List<String> availableRegions(String endpointPrefix, String partition, boolean allowNonRegional) {
        List<String> out = new ArrayList<>();
        for (JsonNode p : endpoints.path("partitions")) {
            if (!p.path("partition").asString().equals(partition)) {
                continue;
            }
            JsonNode service = p.path("services").get(endpointPrefix);
            if (service == null) {
                continue;
            }
            JsonNode regions = p.path("regions");
            for (Iterator<String> it = service.path("endpoints").propertyNames().iterator(); it.hasNext(); ) {
                String name = it.next();
                if (allowNonRegional || regions.has(name)) {
                    out.add(name);
                }
            }
        }
        return List.copyOf(out);
    }
}
