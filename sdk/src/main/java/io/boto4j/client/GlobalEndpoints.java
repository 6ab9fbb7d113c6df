package io.boto4j.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/**
 * Facts from the endpoint data a client needs before any call: the region a global service signs for when no
 * region is configured (as botocore falls back to a partition endpoint such as {@code aws-global}), and the
 * partition of a region.
 */
final class GlobalEndpoints {
    private GlobalEndpoints() {
    }

    /** The credential-scope region of the service's partition endpoint in the aws partition, or null. */
    static String defaultRegion(JsonNode endpoints, String endpointPrefix) {
        for (JsonNode partition : endpoints.path("partitions")) {
            if (!"aws".equals(partition.path("partition").asText())) {
                continue;
            }
            JsonNode service = partition.path("services").path(endpointPrefix);
            String global = service.path("partitionEndpoint").asText(null);
            if (global == null) {
                return null;
            }
            return service.path("endpoints").path(global).path("credentialScope").path("region").asText("us-east-1");
        }
        return null;
    }

    /** The partition whose region list or pattern holds {@code region}; {@code aws} when none does. */
    static String partitionOf(JsonNode partitions, String region) {
        for (JsonNode p : partitions.path("partitions")) {
            if (p.path("regions").has(region)) {
                return p.path("id").asText();
            }
        }
        for (JsonNode p : partitions.path("partitions")) {
            String regex = p.path("regionRegex").asText(null);
            if (regex != null && region != null && Pattern.matches(regex, region)) {
                return p.path("id").asText();
            }
        }
        return "aws";
    }
}
