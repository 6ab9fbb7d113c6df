package io.boto4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import io.boto4j.config.Config;
import io.boto4j.exception.ConnectionClosedError;
import io.boto4j.testsupport.FaultServer;
import io.boto4j.testsupport.FaultServer.Truncated;
import io.boto4j.testsupport.Python;
import io.boto4j.testsupport.TestClients;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A response cut short (fewer body bytes than its Content-Length, then the connection closes) is a connection
 * failure botocore retries ({@code ConnectionClosedError}); boto4j must make the same attempts. botocore runs
 * against the same scripted server as the oracle.
 */
class TruncatedResponseRetryTest {
    private static final String OK = "{\"QueueUrls\":[\"https://q/1\",\"https://q/2\",\"https://q/3\"]}";

    private static FaultServer.Action cutShort() {
        return new Truncated(FaultServer.json(200, OK), 12);
    }

    private static Client sqs(FaultServer server) {
        Session session = TestClients.session("us-east-1");
        Config config = Config.builder().retries(Map.of("mode", "standard", "total_max_attempts", 3)).build();
        return session.client("sqs", ClientOptions.builder().endpointUrl(server.endpoint()).config(config).build());
    }

    /** How many requests botocore sends, and the error it ends with ("ok" when the call succeeded). */
    private static String botocore(FaultServer server) {
        return Python.run("""
                import sys, botocore.session
                from botocore.config import Config
                s = botocore.session.get_session()
                c = s.create_client('sqs', region_name='us-east-1', endpoint_url=sys.argv[1],
                    aws_access_key_id='AKIDEXAMPLE', aws_secret_access_key='secret',
                    config=Config(retries={'mode': 'standard', 'total_max_attempts': 3}))
                try:
                    out = c.list_queues()
                    print('ok', out['ResponseMetadata']['RetryAttempts'])
                except Exception as e:
                    print(type(e).__name__)
                """.replace("sys.argv[1]", "'" + server.endpoint() + "'"), "",
                Map.of("AWS_CONFIG_FILE", "/dev/null", "AWS_SHARED_CREDENTIALS_FILE", "/dev/null")).trim();
    }

    @Test
    void aBodyCutShortIsRetriedAndTheNextWholeAnswerIsReturned() throws Exception {
        try (FaultServer server = new FaultServer(cutShort(), FaultServer.json(200, OK))) {
            Map<String, Object> out = sqs(server).call("ListQueues", Map.of());
            assertEquals(List.of("https://q/1", "https://q/2", "https://q/3"), out.get("QueueUrls"));
            assertEquals(1, ((Map<?, ?>) out.get("ResponseMetadata")).get("RetryAttempts"));
            assertEquals(2, server.requests().size());
        }
        try (FaultServer oracle = new FaultServer(cutShort(), FaultServer.json(200, OK))) {
            assertEquals("ok 1", botocore(oracle));
            assertEquals(2, oracle.requests().size());
        }
    }

    @Test
    void aBodyCutShortOnEveryAttemptMakesAllAttemptsAsBotocoreDoes() throws Exception {
        int boto4jAttempts;
        try (FaultServer server = new FaultServer(cutShort())) {
            ConnectionClosedError e = assertThrows(ConnectionClosedError.class, () -> sqs(server).call("ListQueues", Map.of()));
            assertTrue(e.getMessage().contains("127.0.0.1"), e.getMessage());
            boto4jAttempts = server.requests().size();
        }
        try (FaultServer oracle = new FaultServer(cutShort())) {
            assertEquals("ConnectionClosedError", botocore(oracle));
            assertEquals(oracle.requests().size(), boto4jAttempts);
        }
        assertEquals(3, boto4jAttempts);
    }
}
