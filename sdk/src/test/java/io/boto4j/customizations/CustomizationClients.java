package io.boto4j.customizations;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import io.boto4j.config.Config;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Clients of a hermetic session (no env, no ~/.aws) for the customization suites. */
final class CustomizationClients {
    private CustomizationClients() {
    }

    static Client client(String service, String region, String endpoint, Config config) {
        return Session.builder().regionName(region).awsAccessKeyId("testing").awsSecretAccessKey("testing")
                .environment(Map.of()).build()
                .client(service, ClientOptions.builder().endpointUrl(endpoint).config(config).build());
    }

    static Client client(String service, String endpoint) {
        return client(service, "us-east-1", endpoint, Config.builder().build());
    }

    static Client pathStyleS3(String region, String endpoint) {
        return client("s3", region, endpoint, Config.builder().s3(Map.of("addressing_style", "path")).build());
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }
}
