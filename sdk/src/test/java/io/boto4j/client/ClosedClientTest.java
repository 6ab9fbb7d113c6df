package io.boto4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.config.Config;
import io.boto4j.testsupport.MotoServer;
import io.boto4j.testsupport.TestClients;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClosedClientTest {

    @Test
    void aCallOnAClosedClientFailsNamingTheServiceInsteadOfOpeningNewConnections() {
        Client sqs = TestClients.client("sqs", "us-east-1", MotoServer.shared().endpoint(), Config.builder().build());
        String queue = TestClients.unique("closed");
        sqs.call("CreateQueue", Map.of("QueueName", queue));
        assertTrue(sqs.call("ListQueues").getList("QueueUrls", String.class).stream().anyMatch(u -> u.endsWith(queue)));
        sqs.close();

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> sqs.call("ListQueues"));
        assertTrue(e.getMessage().contains("sqs client is closed"), e.getMessage());
        assertTrue(e.getMessage().contains("ListQueues"), e.getMessage());
        IllegalStateException paged = assertThrows(IllegalStateException.class,
                () -> sqs.getPaginator("list_queues").paginate(Map.of()).iterator().next());
        assertTrue(paged.getMessage().contains("sqs client is closed"), paged.getMessage());
        sqs.close();   // a second close is harmless
        assertEquals("sqs", sqs.meta().serviceModel().serviceName());
    }
}
