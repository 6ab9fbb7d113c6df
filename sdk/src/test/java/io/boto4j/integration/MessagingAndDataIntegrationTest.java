package io.boto4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.client.Client;
import io.boto4j.exception.ClientError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SNS and DynamoDB end to end. */
class MessagingAndDataIntegrationTest extends MotoTest {

    @Test
    void publishesToAnSnsTopicSubscribedByAQueue() {
        Client sns = client("sns");
        Client sqs = client("sqs");
        String topicArn = (String) sns.call("CreateTopic", Map.of("Name", unique("topic"))).get("TopicArn");
        String queueUrl = (String) sqs.call("CreateQueue", Map.of("QueueName", unique("sub"))).get("QueueUrl");
        String queueArn = (String) map(sqs.call("GetQueueAttributes", Map.of("QueueUrl", queueUrl,
                "AttributeNames", List.of("QueueArn"))).get("Attributes")).get("QueueArn");
        Map<String, Object> sub = sns.call("Subscribe", Map.of("TopicArn", topicArn, "Protocol", "sqs",
                "Endpoint", queueArn, "Attributes", Map.of("RawMessageDelivery", "true")));
        assertTrue(((String) sub.get("SubscriptionArn")).startsWith(topicArn));

        Map<String, Object> published = sns.call("Publish", Map.of("TopicArn", topicArn, "Message", "ping",
                "MessageAttributes", Map.of("k", Map.of("DataType", "String", "StringValue", "v"))));
        assertNotNull(published.get("MessageId"));
        List<Map<String, Object>> msgs = list(sqs.call("ReceiveMessage", Map.of("QueueUrl", queueUrl)).get("Messages"));
        assertEquals("ping", msgs.get(0).get("Body"));

        List<Map<String, Object>> topics = list(sns.call("ListTopics", Map.of()).get("Topics"));
        assertTrue(topics.stream().anyMatch(t -> topicArn.equals(t.get("TopicArn"))));
        ClientError e = assertThrows(ClientError.class, () -> sns.call("GetTopicAttributes",
                Map.of("TopicArn", "arn:aws:sns:us-east-1:123456789012:missing-topic")));
        assertTrue(e.is("NotFound"), e.getErrorCode());
    }

    @Test
    void storesQueriesAndTransactsDynamoDbItems() {
        Client ddb = client("dynamodb");
        String table = unique("table");
        Map<String, Object> created = ddb.call("CreateTable", Map.of("TableName", table,
                "KeySchema", List.of(Map.of("AttributeName", "pk", "KeyType", "HASH"), Map.of("AttributeName", "sk", "KeyType", "RANGE")),
                "AttributeDefinitions", List.of(Map.of("AttributeName", "pk", "AttributeType", "S"), Map.of("AttributeName", "sk", "AttributeType", "N")),
                "BillingMode", "PAY_PER_REQUEST"));
        assertEquals(table, map(created.get("TableDescription")).get("TableName"));

        for (int i = 1; i <= 3; i++) {
            ddb.call("PutItem", Map.of("TableName", table, "Item", Map.of("pk", Map.of("S", "user"),
                    "sk", Map.of("N", Integer.toString(i)), "data", Map.of("B", new byte[] {1, 2, (byte) i}),
                    "tags", Map.of("SS", List.of("a", "b")))));
        }
        Map<String, Object> item = map(ddb.call("GetItem", Map.of("TableName", table,
                "Key", Map.of("pk", Map.of("S", "user"), "sk", Map.of("N", "2")))).get("Item"));
        assertEquals(Map.of("N", "2"), item.get("sk"));
        byte[] data = (byte[]) map(item.get("data")).get("B");
        assertEquals(2, data[2]);

        Map<String, Object> queried = ddb.call("Query", Map.of("TableName", table,
                "KeyConditionExpression", "pk = :p AND sk >= :s",
                "ExpressionAttributeValues", Map.of(":p", Map.of("S", "user"), ":s", Map.of("N", "2"))));
        assertEquals(2, ((Number) queried.get("Count")).intValue());

        Map<String, Object> put = Map.of("Put", Map.of("TableName", table,
                "Item", Map.of("pk", Map.of("S", "tx"), "sk", Map.of("N", "1"))));
        Map<String, Object> delete = Map.of("Delete", Map.of("TableName", table,
                "Key", Map.of("pk", Map.of("S", "user"), "sk", Map.of("N", "1"))));
        ddb.call("TransactWriteItems", Map.of("TransactItems", List.of(put, delete)));
        Map<String, Object> scanned = ddb.call("Scan", Map.of("TableName", table));
        assertEquals(3, ((Number) scanned.get("Count")).intValue());

        ClientError e = assertThrows(ClientError.class, () -> ddb.call("DescribeTable", Map.of("TableName", "missing-" + table)));
        assertTrue(e.is("ResourceNotFoundException"), e.getErrorCode());
    }
}
