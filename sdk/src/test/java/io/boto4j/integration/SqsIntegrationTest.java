package io.boto4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.client.Client;
import io.boto4j.exception.ClientError;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SqsIntegrationTest extends MotoTest {
    static Client sqs;
    static String queueUrl;

    @BeforeAll
    static void createQueue() {
        sqs = client("sqs");
        Map<String, Object> created = sqs.call("CreateQueue", Map.of("QueueName", unique("queue")));
        queueUrl = (String) created.get("QueueUrl");
        assertNotNull(queueUrl);
    }

    @Test
    void sendsReceivesAndDeletesAMessageWithAttributes() throws Exception {
        Map<String, Object> sent = sqs.call("send_message", Map.of("QueueUrl", queueUrl, "MessageBody", "hello",
                "MessageAttributes", Map.of("color", Map.of("DataType", "String", "StringValue", "blue"))));
        assertEquals(md5("hello"), sent.get("MD5OfMessageBody"));
        assertNotNull(sent.get("MD5OfMessageAttributes"));

        Map<String, Object> received = sqs.call("ReceiveMessage", Map.of("QueueUrl", queueUrl,
                "MessageAttributeNames", List.of("All"), "MaxNumberOfMessages", 1));
        List<Map<String, Object>> messages = list(received.get("Messages"));
        assertEquals(1, messages.size());
        Map<String, Object> m = messages.get(0);
        assertEquals("hello", m.get("Body"));
        assertEquals("blue", map(map(m.get("MessageAttributes")).get("color")).get("StringValue"));

        sqs.call("DeleteMessage", Map.of("QueueUrl", queueUrl, "ReceiptHandle", m.get("ReceiptHandle")));
        Map<String, Object> attrs = sqs.call("GetQueueAttributes", Map.of("QueueUrl", queueUrl,
                "AttributeNames", List.of("ApproximateNumberOfMessages")));
        assertEquals("0", map(attrs.get("Attributes")).get("ApproximateNumberOfMessages"));
    }

    @Test
    void sendsAndDeletesInBatches() {
        Map<String, Object> sent = sqs.call("SendMessageBatch", Map.of("QueueUrl", queueUrl, "Entries", List.of(
                Map.of("Id", "1", "MessageBody", "one"), Map.of("Id", "2", "MessageBody", "two"))));
        assertEquals(2, list(sent.get("Successful")).size());
        Map<String, Object> received = sqs.call("ReceiveMessage", Map.of("QueueUrl", queueUrl, "MaxNumberOfMessages", 10));
        List<Map<String, Object>> messages = list(received.get("Messages"));
        assertEquals(2, messages.size());
        Map<String, Object> deleted = sqs.call("DeleteMessageBatch", Map.of("QueueUrl", queueUrl, "Entries",
                List.of(Map.of("Id", "a", "ReceiptHandle", messages.get(0).get("ReceiptHandle")),
                        Map.of("Id", "b", "ReceiptHandle", messages.get(1).get("ReceiptHandle")))));
        assertEquals(2, list(deleted.get("Successful")).size());
    }

    @Test
    void reportsAMissingQueueAsQueueDoesNotExist() {
        ClientError e = assertThrows(ClientError.class,
                () -> sqs.call("GetQueueUrl", Map.of("QueueName", "no-such-queue-" + System.nanoTime())));
        assertTrue(e.is("AWS.SimpleQueueService.NonExistentQueue") || e.is("QueueDoesNotExist"), e.getErrorCode());
    }

    @Test
    void listsTheQueue() {
        Map<String, Object> out = sqs.call("ListQueues", Map.of());
        assertTrue(((List<?>) out.get("QueueUrls")).contains(queueUrl));
    }

    static String md5(String s) throws Exception {
        byte[] d = MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
        return String.format("%032x", new BigInteger(1, d));
    }
}
