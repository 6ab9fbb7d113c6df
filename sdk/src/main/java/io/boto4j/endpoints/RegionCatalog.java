package io.boto4j.endpoints;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The regions and partitions listed in botocore's {@code endpoints.json}, as boto3's
 * {@code get_available_regions} and {@code get_available_partitions} report them.
 */
public final class RegionCatalog {
    private final JsonNode endpoints;

    private RegionCatalog(JsonNode endpoints) {
        this.endpoints = endpoints;
    }

    public static RegionCatalog of(JsonNode endpointsJson) {
        return new RegionCatalog(endpointsJson);
    }

    /** Partition names in the data's order. */
    public List<String> partitions() {
        List<String> out = new ArrayList<>();
        endpoints.path("partitions").forEach(p -> out.add(p.path("partition").asText()));
        return out;
    }

    /**
     * The endpoint names of a service (by endpoint prefix) in a partition; without {@code allowNonRegional},
     * only those that are regions of the partition (so {@code aws-global} and FIPS names are left out).
     */
    public List<String> availableRegions(String endpointPrefix, String partition, boolean allowNonRegional) {
        List<String> out = new ArrayList<>();
        for (JsonNode p : endpoints.path("partitions")) {
            if (!partition.equals(p.path("partition").asText())) {
                continue;
            }
            JsonNode service = p.path("services").path(endpointPrefix);
            JsonNode regions = p.path("regions");
            service.path("endpoints").fieldNames().forEachRemaining(name -> {
                if (allowNonRegional || regions.has(name)) {
                    out.add(name);
                }
            });
        }
        return out;
    }
}
