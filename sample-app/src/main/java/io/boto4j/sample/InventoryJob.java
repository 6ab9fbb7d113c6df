package io.boto4j.sample;

import io.boto4j.client.Client;
import io.boto4j.client.Result;
import io.boto4j.http.StreamingBody;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.CommandLineRunner;
import org.springframework.stereotype.Component;

/**
 * The sample's job: store a report in S3, announce it on an SQS queue, read both back, and record the run in a
 * DynamoDB table — the shape of many real batch jobs, written as a boto3 user would.
 */
@Component
class InventoryJob implements CommandLineRunner {
    private static final Logger log = LoggerFactory.getLogger(InventoryJob.class);

    private final Client s3;
    private final Client sqs;
    private final Client dynamodb;

    InventoryJob(@Qualifier("s3") Client s3, @Qualifier("sqs") Client sqs, @Qualifier("dynamodb") Client dynamodb) {
        this.s3 = s3;
        this.sqs = sqs;
        this.dynamodb = dynamodb;
    }

    /** SendMessage's input, by member name. */
    record Announcement(String queueUrl, String messageBody) {
    }

    /** The part of a received SQS message the job reads. */
    record Message(String messageId, String body) {
    }

    @Override
    public void run(String... args) throws IOException {
        String runId = UUID.randomUUID().toString().substring(0, 8);
        String bucket = "inventory-" + runId;
        s3.call("create_bucket", Map.of("Bucket", bucket));
        String report = "sku,count\nwidget,42\ngadget,7\n";
        s3.call("put_object", Map.of("Bucket", bucket, "Key", "reports/today.csv", "Body", report,
                "ContentType", "text/csv"));

        String queueUrl = sqs.call("create_queue", Map.of("QueueName", "inventory-" + runId)).getString("QueueUrl");
        sqs.call("send_message", new Announcement(queueUrl, "s3://" + bucket + "/reports/today.csv"));

        List<Message> messages = sqs.call("receive_message", Map.of("QueueUrl", queueUrl))
                .getList("Messages", Message.class);
        String location = messages.get(0).body();
        String body;
        try (StreamingBody stream = s3.call("get_object", Map.of("Bucket", bucket, "Key", "reports/today.csv"))
                .getBody()) {
            body = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }

        String table = "inventory-runs-" + runId;
        dynamodb.call("create_table", Map.of("TableName", table,
                "KeySchema", List.of(Map.of("AttributeName", "run", "KeyType", "HASH")),
                "AttributeDefinitions", List.of(Map.of("AttributeName", "run", "AttributeType", "S")),
                "BillingMode", "PAY_PER_REQUEST"));
        dynamodb.call("put_item", Map.of("TableName", table, "Item", Map.of("run", Map.of("S", runId),
                "lines", Map.of("N", Long.toString(body.lines().count())), "report", Map.of("S", location))));
        Result item = dynamodb.call("get_item", Map.of("TableName", table,
                "Key", Map.of("run", Map.of("S", runId)))).getResult("Item");

        log.info("Run {}: report {} ({} lines) announced and recorded: {}", runId, location,
                body.lines().count(), item);
        System.out.println("boto4j sample: run " + runId + " stored " + location + " with "
                + body.lines().count() + " lines; recorded item " + item);
    }
}
