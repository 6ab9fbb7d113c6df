package io.boto4j.integration;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.config.Config;
import io.boto4j.testsupport.MotoServer;
import io.boto4j.testsupport.TestClients;
import java.util.List;
import java.util.Map;

/** Base of the end-to-end suites: clients of a hermetic session (no env, no ~/.aws) pointed at the shared moto server. */
abstract class MotoTest {
    static final MotoServer MOTO = MotoServer.shared();

    static Session session() {
        return TestClients.session("us-east-1");
    }

    static Client client(String service) {
        return client(service, Config.builder().build());
    }

    static Client client(String service, Config config) {
        return TestClients.client(service, "us-east-1", MOTO.endpoint(), config);
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
