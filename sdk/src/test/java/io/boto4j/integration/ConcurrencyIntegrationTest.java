package io.boto4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.boto4j.client.Client;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One client serves many threads at once. */
class ConcurrencyIntegrationTest extends MotoTest {

    @Test
    void oneClientServesConcurrentCallersWithoutMixingTheirResults() throws Exception {
        Client sqs = client("sqs");
        String url = (String) sqs.call("CreateQueue", Map.of("QueueName", unique("shared"))).get("QueueUrl");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < 25; i++) {
                        String body = "t" + thread + "-m" + i;
                        Map<String, Object> sent = sqs.call("SendMessage", Map.of("QueueUrl", url, "MessageBody", body));
                        assertEquals(SqsIntegrationTest.md5(body), sent.get("MD5OfMessageBody"));
                        ids.add((String) sent.get("MessageId"));
                    }
                    return ids;
                }));
            }
            Set<String> all = new HashSet<>();
            for (Future<List<String>> f : futures) {
                all.addAll(f.get());
            }
            assertEquals(200, all.size());
            Map<?, ?> attrs = (Map<?, ?>) sqs.call("GetQueueAttributes", Map.of("QueueUrl", url,
                    "AttributeNames", List.of("ApproximateNumberOfMessages"))).get("Attributes");
            assertEquals("200", attrs.get("ApproximateNumberOfMessages"));
        } finally {
            pool.shutdownNow();
        }
    }
}
