package io.boto4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.client.Client;
import io.boto4j.client.ResponseMetadata;
import io.boto4j.client.Result;
import io.boto4j.exception.ParamValidationError;
import io.boto4j.exception.ResultTypeError;
import io.boto4j.http.StreamingBody;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Results read as records, JMESPath and typed values, and records or beans given as input, against moto. */
class TypedResultsIntegrationTest extends MotoTest {
    // what a user declares for SQS
    record MessageAttribute(String dataType, String stringValue) {
    }

    record SendMessage(String queueUrl, String messageBody, Map<String, MessageAttribute> messageAttributes) {
    }

    record Message(String messageId, String receiptHandle, String md5OfBody, String body,
                   Map<String, MessageAttribute> messageAttributes) {
    }

    public static final class SendMessageBean {
        private String queueUrl;
        private String messageBody;
        private Integer delaySeconds;

        public String getQueueUrl() {
            return queueUrl;
        }

        public void setQueueUrl(String queueUrl) {
            this.queueUrl = queueUrl;
        }

        public String getMessageBody() {
            return messageBody;
        }

        public void setMessageBody(String messageBody) {
            this.messageBody = messageBody;
        }

        public Integer getDelaySeconds() {
            return delaySeconds;
        }

        public void setDelaySeconds(Integer delaySeconds) {
            this.delaySeconds = delaySeconds;
        }
    }

    record SendMessageTypo(String queueUrl, String messageBdy) {
    }

    // ... for DynamoDB
    record AttributeValue(String s, String n, List<String> ss) {
        static AttributeValue s(String v) {
            return new AttributeValue(v, null, null);
        }

        static AttributeValue n(long v) {
            return new AttributeValue(null, Long.toString(v), null);
        }
    }

    record PutItem(String tableName, Map<String, AttributeValue> item) {
    }

    record Part(AttributeValue sku, AttributeValue count, AttributeValue tags) {
    }

    // ... for S3
    record S3Object(String key, long size, Instant lastModified, String eTag, String storageClass) {
    }

    static Client sqs;
    static Client ddb;
    static Client s3;
    static String bucket;
    static final Instant BEFORE = Instant.now().minusSeconds(5);

    @BeforeAll
    static void clients() {
        sqs = client("sqs");
        ddb = client("dynamodb");
        s3 = client("s3");
        bucket = unique("typed");
        s3.call("CreateBucket", Map.of("Bucket", bucket));
        for (int size : new int[] {3, 10, 25}) {
            s3.call("PutObject", Map.of("Bucket", bucket, "Key", "obj-" + size, "Body", "x".repeat(size)));
        }
    }

    @Test
    void receivesSqsMessagesAsRecordsAfterSendingARecordAndABean() throws Exception {
        String queueUrl = sqs.call("CreateQueue", Map.of("QueueName", unique("typed"))).getString("QueueUrl");
        Result sent = sqs.call("SendMessage", new SendMessage(queueUrl, "hello",
                Map.of("color", new MessageAttribute("String", "blue"))));
        assertEquals(SqsIntegrationTest.md5("hello"), sent.getString("MD5OfMessageBody"));
        SendMessageBean bean = new SendMessageBean();
        bean.setQueueUrl(queueUrl);
        bean.setMessageBody("world");
        sqs.call("send_message", bean);

        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < 5 && messages.size() < 2; i++) {
            Result received = sqs.call("ReceiveMessage", Map.of("QueueUrl", queueUrl, "MaxNumberOfMessages", 10,
                    "MessageAttributeNames", List.of("All")));
            List<Message> batch = received.getList("Messages", Message.class);
            if (batch != null) {
                messages.addAll(batch);
            }
        }
        messages.sort(Comparator.comparing(Message::body));
        assertEquals(List.of("hello", "world"), messages.stream().map(Message::body).toList());
        for (Message m : messages) {
            assertEquals(SqsIntegrationTest.md5(m.body()), m.md5OfBody(), "MD5OfBody fills md5OfBody");
            assertNotNull(m.messageId());
            assertNotNull(m.receiptHandle());
        }
        assertEquals(new MessageAttribute("String", "blue"), messages.get(0).messageAttributes().get("color"));
    }

    @Test
    void searchesAReceivedMessageBatchWithJmesPath() {
        String queueUrl = sqs.call("CreateQueue", Map.of("QueueName", unique("search"))).getString("QueueUrl");
        sqs.call("SendMessageBatch", Map.of("QueueUrl", queueUrl, "Entries", List.of(
                Map.of("Id", "1", "MessageBody", "one"), Map.of("Id", "2", "MessageBody", "two"))));
        Result received = sqs.call("ReceiveMessage", Map.of("QueueUrl", queueUrl, "MaxNumberOfMessages", 10));
        List<String> bodies = new ArrayList<>(received.searchList("Messages[].Body", String.class));
        bodies.sort(null);
        assertEquals(List.of("one", "two"), bodies);
        assertEquals("two", received.search("Messages[?Body == 'two'] | [0].Body"));
    }

    @Test
    void readsDynamoDbItemsAsRecordsAfterPuttingARecordItem() {
        String table = unique("typed");
        ddb.call("CreateTable", Map.of("TableName", table,
                "KeySchema", List.of(Map.of("AttributeName", "sku", "KeyType", "HASH")),
                "AttributeDefinitions", List.of(Map.of("AttributeName", "sku", "AttributeType", "S")),
                "BillingMode", "PAY_PER_REQUEST"));
        ddb.call("PutItem", new PutItem(table, Map.of("sku", AttributeValue.s("widget"), "count", AttributeValue.n(42),
                "tags", new AttributeValue(null, null, List.of("blue", "small")))));
        ddb.call("PutItem", new PutItem(table, Map.of("sku", AttributeValue.s("gadget"), "count", AttributeValue.n(7))));

        Part widget = ddb.call("GetItem", Map.of("TableName", table, "Key", Map.of("sku", Map.of("S", "widget"))))
                .getResult("Item").as(Part.class);
        assertEquals("widget", widget.sku().s());
        assertEquals("42", widget.count().n());
        assertEquals(List.of("blue", "small"), widget.tags().ss().stream().sorted().toList());

        Result scan = ddb.call("Scan", Map.of("TableName", table));
        List<Part> parts = scan.getList("Items", Part.class);
        assertEquals(2, parts.size());
        assertEquals(2, scan.getInteger("Count"));
        List<String> skus = new ArrayList<>(scan.searchList("Items[].sku.S", String.class));
        skus.sort(null);
        assertEquals(List.of("gadget", "widget"), skus);
        assertEquals(List.of("widget"), scan.search("Items[?to_number(count.N) > `10`].sku.S"));
    }

    @Test
    void readsAnS3ListingAsRecordsWithSizesAndTimestamps() {
        Result listing = s3.call("ListObjectsV2", Map.of("Bucket", bucket));
        List<S3Object> objects = listing.getList("Contents", S3Object.class);
        assertEquals(List.of("obj-10", "obj-25", "obj-3"), objects.stream().map(S3Object::key).toList());
        assertEquals(List.of(10L, 25L, 3L), objects.stream().map(S3Object::size).toList());
        for (S3Object o : objects) {
            assertTrue(o.lastModified().isAfter(BEFORE) && o.lastModified().isBefore(Instant.now().plusSeconds(5)),
                    o.lastModified().toString());
            assertTrue(o.eTag().startsWith("\""), o.eTag());
        }
        assertEquals(List.of("obj-10", "obj-25"), listing.searchList("Contents[?Size > `5`].Key", String.class));
        assertEquals(38L, listing.search("sum(Contents[].Size)", Long.class));
    }

    @Test
    void iteratesPaginatorPagesAsResultsAndBuildsAFullResult() {
        List<String> keys = new ArrayList<>();
        int pages = 0;
        for (Result page : s3.getPaginator("list_objects_v2").paginate(Map.of("Bucket", bucket,
                "PaginationConfig", Map.of("PageSize", 2)))) {
            pages++;
            page.getList("Contents", S3Object.class).forEach(o -> keys.add(o.key()));
            assertEquals(200, page.responseMetadata().httpStatusCode());
        }
        assertEquals(2, pages);
        assertEquals(List.of("obj-10", "obj-25", "obj-3"), keys);
        Result full = s3.getPaginator("list_objects_v2").paginate(Map.of("Bucket", bucket,
                "PaginationConfig", Map.of("PageSize", 2))).buildFullResult();
        assertEquals(3, full.getList("Contents", S3Object.class).size());
    }

    @Test
    void readsTypedValuesOfARealResponseAndNamesAWrongType() throws Exception {
        Result head = s3.call("HeadObject", Map.of("Bucket", bucket, "Key", "obj-10"));
        assertEquals(10L, head.getLong("ContentLength"));
        assertTrue(head.getInstant("LastModified").isAfter(BEFORE));
        ResponseMetadata meta = head.responseMetadata();
        assertEquals(200, meta.httpStatusCode());
        assertNotNull(meta.requestId());
        assertEquals(0, meta.retryAttempts());
        assertEquals("10", meta.httpHeaders().get("content-length"));
        ResultTypeError e = assertThrows(ResultTypeError.class, () -> head.getInstant("ContentLength"));
        assertEquals("Cannot read 'ContentLength' as Instant: it is a Long", e.getMessage());

        Result got = s3.call("GetObject", Map.of("Bucket", bucket, "Key", "obj-3"));
        try (StreamingBody body = got.getBody()) {
            assertEquals("xxx", new String(body.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void rejectsARecordPropertyTheOperationDoesNotTakeAndSuggestsTheMember() {
        ParamValidationError e = assertThrows(ParamValidationError.class,
                () -> sqs.call("SendMessage", new SendMessageTypo("http://q", "hi")));
        String problem = e.getProblems().get(0);
        assertTrue(problem.startsWith("Unknown parameter in input: \"messageBdy\" (property of SendMessageTypo), "
                + "did you mean \"MessageBody\"?"), problem);
        assertTrue(problem.contains("Must be one of: QueueUrl, MessageBody"), problem);
    }
}
