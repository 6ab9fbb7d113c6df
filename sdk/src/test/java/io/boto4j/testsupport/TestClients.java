package io.boto4j.testsupport;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import io.boto4j.config.Config;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Clients of a hermetic session (no environment variables, no ~/.aws files), and the helpers tests use on results. */
public final class TestClients {
    private TestClients() {
    }

    /** A session in {@code region} with fixed test keys that reads nothing from the machine. */
    public static Session session(String region) {
        return Session.builder().regionName(region).awsAccessKeyId("testing").awsSecretAccessKey("testing")
                .environment(Map.of()).build();
    }

    public static Client client(String service, String region, String endpoint, Config config) {
        return session(region).client(service, ClientOptions.builder().endpointUrl(endpoint).config(config).build());
    }

    /** A name no other test run uses (moto keeps state for the whole JVM). */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }
}
