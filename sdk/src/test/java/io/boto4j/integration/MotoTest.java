package io.boto4j.integration;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import io.boto4j.config.Config;
import io.boto4j.testsupport.MotoServer;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Base of the end-to-end suites: clients of a hermetic session (no env, no ~/.aws) pointed at the shared moto server. */
abstract class MotoTest {
    static final MotoServer MOTO = MotoServer.shared();

    static Session session() {
        return Session.builder()
                .regionName("us-east-1")
                .awsAccessKeyId("testing")
                .awsSecretAccessKey("testing")
                .environment(Map.of())
                .build();
    }

    static Client client(String service) {
        return client(service, Config.builder().build());
    }

    static Client client(String service, Config config) {
        return session().client(service, ClientOptions.builder().endpointUrl(MOTO.endpoint()).config(config).build());
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
