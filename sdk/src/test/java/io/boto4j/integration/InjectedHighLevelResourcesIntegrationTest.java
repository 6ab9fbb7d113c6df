package io.boto4j.integration;

import static io.boto4j.dynamodb.conditions.Conditions.Attr;
import static io.boto4j.dynamodb.conditions.Conditions.Key;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.client.ClientOptions;
import io.boto4j.client.Result;
import io.boto4j.dynamodb.BatchWriter;
import io.boto4j.dynamodb.Table;
import io.boto4j.resource.Resource;
import io.boto4j.resource.ServiceResource;
import io.boto4j.transfer.ProgressListener;
import io.boto4j.transfer.S3Transfers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * boto3's injected high-level interfaces reached through resources, against moto: the S3 resource's
 * {@code Bucket}/{@code Object} transfer methods and the DynamoDB resource's type transformation and Table.
 */
class InjectedHighLevelResourcesIntegrationTest extends MotoTest {
    @TempDir
    Path dir;

    static ServiceResource resource(String service) {
        return session().resource(service, ClientOptions.builder().endpointUrl(MOTO.endpoint()).build());
    }

    record Reading(String pk, BigDecimal value, Set<String> tags) {
    }

    @Test
    void bucketUploadsAFileInPartsAndObjectDownloadsItByteForByte() throws Exception {
        ServiceResource s3 = resource("s3");
        String name = unique("inject");
        Resource bucket = s3.resource("Bucket", name);
        bucket.action("create");
        byte[] bytes = new byte[12 * 1024 * 1024 + 17]; // above the 8 MiB threshold: multipart
        new Random(14).nextBytes(bytes);
        Path source = Files.write(dir.resolve("up.bin"), bytes);
        AtomicLong progress = new AtomicLong();
        ProgressListener callback = progress::addAndGet;

        bucket.action("upload_file", Map.of("Filename", source.toString(), "Key", "big.bin", "Callback", callback));
        assertEquals(bytes.length, progress.get());
        Result head = s3.meta().client().call("HeadObject", Map.of("Bucket", name, "Key", "big.bin"));
        assertEquals(bytes.length, head.getLong("ContentLength"));
        assertTrue(String.valueOf(head.get("ETag")).contains("-"), "a multipart ETag: " + head.get("ETag"));

        Resource object = s3.resource("Object", name, "big.bin");
        Path target = dir.resolve("down.bin");
        object.action("download_file", Map.of("Filename", target));
        assertArrayEquals(bytes, Files.readAllBytes(target));

        bucket.action("upload_fileobj", Map.of("Fileobj", new ByteArrayInputStream(new byte[] {1, 2, 3}), "Key", "s"));
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        s3.resource("Object", name, "s").action("download_fileobj", Map.of("Fileobj", got));
        assertArrayEquals(new byte[] {1, 2, 3}, got.toByteArray());

        s3.resource("Object", name, "copied").action("copy", Map.of("CopySource", Map.of("Bucket", name, "Key", "s")));
        assertEquals(3L, s3.meta().client().call("HeadObject", Map.of("Bucket", name, "Key", "copied"))
                .getLong("ContentLength"));
        assertSame(bucket.extension(S3Transfers.class), object.extension(S3Transfers.class),
                "one S3Transfers (one pool per config) for the service resource");
    }

    @Test
    void aMisspelledTransferArgumentIsRefusedWithTheClosestName() {
        ServiceResource s3 = resource("s3");
        Resource object = s3.resource("Object", "b", "k");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> object.action("download_file", Map.of("Filenme", "x")));
        assertTrue(e.getMessage().contains("did you mean Filename"), e.getMessage());
    }

    @Test
    void dynamodbResourceTableTakesAndReturnsPlainValuesWhileAPlainClientStaysLowLevel() {
        ServiceResource dynamodb = resource("dynamodb");
        String name = unique("inject");
        Resource created = dynamodb.actionResource("create_table", Map.of("TableName", name,
                "BillingMode", "PAY_PER_REQUEST",
                "KeySchema", List.of(Map.of("AttributeName", "pk", "KeyType", "HASH")),
                "AttributeDefinitions", List.of(Map.of("AttributeName", "pk", "AttributeType", "S"))));
        assertEquals("dynamodb.Table", created.meta().typeName());
        Resource table = dynamodb.resource("Table", name);
        BigDecimal exact = new BigDecimal("12345678901234567890.000000000000000001");
        table.action("put_item", Map.of("Item", Map.of("pk", "a", "value", exact, "tags", Set.of("x", "y"))));

        Map<String, Object> item = map(table.actionResult("get_item", Map.of("Key", Map.of("pk", "a"))).get("Item"));
        assertEquals(exact, item.get("value"));
        assertEquals(Set.of("x", "y"), item.get("tags"));
        // what went over the wire, read by a client made apart from any resource: still attribute values
        Map<String, Object> raw = map(client("dynamodb").call("GetItem",
                Map.of("TableName", name, "Key", Map.of("pk", Map.of("S", "a")))).get("Item"));
        assertEquals(Map.of("N", exact.toPlainString()), raw.get("value"));

        Map<String, Object> queried = table.actionResult("query", Map.of("KeyConditionExpression", Key("pk").eq("a"),
                "FilterExpression", Attr("value").gt(new BigDecimal("1"))));
        assertEquals(1, ((Number) queried.get("Count")).intValue());
        Map<String, Object> batch = dynamodb.actionResult("batch_get_item",
                Map.of("RequestItems", Map.of(name, Map.of("Keys", List.of(Map.of("pk", "a"))))));
        assertEquals(exact, map(list(map(batch.get("Responses")).get(name)).get(0)).get("value"));
    }

    @Test
    void dynamodbResourceTableHasTheTypedTableAndItsBatchWriter() {
        ServiceResource dynamodb = resource("dynamodb");
        String name = unique("inject-typed");
        dynamodb.actionResource("create_table", Map.of("TableName", name, "BillingMode", "PAY_PER_REQUEST",
                "KeySchema", List.of(Map.of("AttributeName", "pk", "KeyType", "HASH")),
                "AttributeDefinitions", List.of(Map.of("AttributeName", "pk", "AttributeType", "S"))));
        Resource resource = dynamodb.resource("Table", name);
        try (BatchWriter writer = resource.action("batch_writer", Map.of())) {
            for (int i = 0; i < 30; i++) {
                writer.putItem(Map.of("pk", "r" + i, "value", new BigDecimal(i + ".5"), "tags", Set.of("t" + i)));
            }
        }
        Table table = resource.extension(Table.class);
        assertEquals(name, table.name());
        Result got = table.getItem(Map.of("pk", "r7"));
        assertInstanceOf(Result.class, got);
        assertEquals(new Reading("r7", new BigDecimal("7.5"), Set.of("t7")), got.as(Reading.class));
        List<Result> all = table.scan().toList();
        assertEquals(30, all.size());
        assertEquals(new Reading("r29", new BigDecimal("29.5"), Set.of("t29")),
                table.query(Key("pk").eq("r29")).iterator().next().as(Reading.class));
    }
}
