package io.boto4j.client;

import io.boto4j.internal.json.JsonNode;

/**
 * What the endpoint data says about a client that has no region: the region a global service signs for (as
 * botocore falls back to a partition endpoint such as {@code aws-global}).
 */
final class GlobalEndpoints {
    private GlobalEndpoints() {
    }

    /** The credential-scope region of the service's partition endpoint in the aws partition, or null. */
    static String defaultRegion(JsonNode endpoints, String endpointPrefix) {
        for (JsonNode partition : endpoints.path("partitions")) {
            if (!"aws".equals(partition.path("partition").asString())) {
                continue;
            }
            JsonNode service = partition.path("services").path(endpointPrefix);
            String global = service.path("partitionEndpoint").asString(null);
            if (global == null) {
                return null;
            }
            return service.path("endpoints").path(global).path("credentialScope").path("region").asString("us-east-1");
        }
        return null;
    }
}
