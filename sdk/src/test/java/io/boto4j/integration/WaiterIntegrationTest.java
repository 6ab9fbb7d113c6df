package io.boto4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.client.Client;
import io.boto4j.config.Config;
import io.boto4j.exception.WaiterError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Waiters against moto: success, failure and timeout paths. */
class WaiterIntegrationTest extends MotoTest {
    private static final Map<String, Object> FAST = Map.of("Delay", 0.2, "MaxAttempts", 3);

    @Test
    void waitsForABucketAndItsObjectToExistAndTheObjectToGo() {
        Client s3 = client("s3", Config.builder().s3(Map.of("addressing_style", "path")).build());
        String bucket = unique("wait");
        s3.call("CreateBucket", Map.of("Bucket", bucket));
        s3.getWaiter("bucket_exists").await(Map.of("Bucket", bucket, "WaiterConfig", FAST));
        s3.call("PutObject", Map.of("Bucket", bucket, "Key", "k", "Body", "v"));
        s3.getWaiter("object_exists").await(Map.of("Bucket", bucket, "Key", "k", "WaiterConfig", FAST));
        s3.call("DeleteObject", Map.of("Bucket", bucket, "Key", "k"));
        s3.getWaiter("ObjectNotExists").await(Map.of("Bucket", bucket, "Key", "k", "WaiterConfig", FAST));
        assertTrue(s3.waiterNames().contains("bucket_exists"));
    }

    @Test
    void timesOutWithTheLastResponseWhenTheObjectNeverAppears() {
        Client s3 = client("s3", Config.builder().s3(Map.of("addressing_style", "path")).build());
        String bucket = unique("never");
        s3.call("CreateBucket", Map.of("Bucket", bucket));
        WaiterError e = assertThrows(WaiterError.class, () -> s3.getWaiter("object_exists")
                .await(Map.of("Bucket", bucket, "Key", "missing", "WaiterConfig", FAST)));
        assertEquals("ObjectExists", e.getWaiterName());
        assertTrue(e.getReason().contains("Max attempts exceeded"), e.getReason());
        assertNotNull(e.getLastResponse());
    }

    @Test
    void waitsForADynamoDbTableToExistAndToGo() {
        Client ddb = client("dynamodb");
        String table = unique("wt");
        ddb.call("CreateTable", Map.of("TableName", table,
                "KeySchema", List.of(Map.of("AttributeName", "pk", "KeyType", "HASH")),
                "AttributeDefinitions", List.of(Map.of("AttributeName", "pk", "AttributeType", "S")),
                "BillingMode", "PAY_PER_REQUEST"));
        ddb.getWaiter("table_exists").await(Map.of("TableName", table, "WaiterConfig", FAST));
        ddb.call("DeleteTable", Map.of("TableName", table));
        ddb.getWaiter("table_not_exists").await(Map.of("TableName", table, "WaiterConfig", FAST));
    }

    @Test
    void failsFastOnAnErrorTheWaiterDoesNotExpect() {
        // FunctionActiveV2 matches only the function's State: a missing function's ResourceNotFoundException is
        // an error no acceptor expects (DynamoDB's table_exists, used here before, retries on that error)
        Client lambda = client("lambda");
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        lambda.meta().events().register("before-send.lambda.GetFunction", (name, kwargs) -> {
            calls.incrementAndGet();
            return null;
        });
        WaiterError e = assertThrows(WaiterError.class, () -> lambda.getWaiter("function_active_v2")
                .await(Map.of("FunctionName", unique("missing"), "WaiterConfig", FAST)));
        // stopped at the first response: one call (a second would follow the pause), not the max-attempts ending;
        // counted, never timed, so a loaded machine cannot fail it
        assertEquals(1, calls.get(), "GetFunction calls");
        assertTrue(e.getReason().contains("ResourceNotFoundException"), e.getReason());
        assertTrue(!e.getReason().contains("Max attempts exceeded"), e.getReason());
        assertNotNull(e.getLastResponse());
    }
}
