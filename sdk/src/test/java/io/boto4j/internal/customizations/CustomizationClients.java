package io.boto4j.internal.customizations;

import io.boto4j.client.Client;
import io.boto4j.config.Config;
import io.boto4j.testsupport.TestClients;
import java.util.List;
import java.util.Map;

/** Clients of a hermetic session (no env, no ~/.aws) for the customization suites. */
final class CustomizationClients {
    private CustomizationClients() {
    }

    static Client client(String service, String region, String endpoint, Config config) {
        return TestClients.client(service, region, endpoint, config);
    }

    static Client client(String service, String endpoint) {
        return client(service, "us-east-1", endpoint, Config.builder().build());
    }

    static Client pathStyleS3(String region, String endpoint) {
        return client("s3", region, endpoint, Config.builder().s3(Map.of("addressing_style", "path")).build());
    }

    static String unique(String prefix) {
        return TestClients.unique(prefix);
    }

    static Map<String, Object> map(Object o) {
        return TestClients.map(o);
    }

    static List<Map<String, Object>> list(Object o) {
        return TestClients.list(o);
    }
}
