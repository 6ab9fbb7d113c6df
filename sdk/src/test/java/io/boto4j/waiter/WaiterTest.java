package io.boto4j.waiter;

import io.boto4j.internal.model.ModelTrees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.exception.ModelError;
import io.boto4j.exception.ParamValidationError;
import io.boto4j.exception.WaiterError;
import io.boto4j.model.ServiceModel;
import io.boto4j.internal.retry.Sleeper;
import io.boto4j.testsupport.MarkedJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Waiter behaviour beyond what the botocore oracle compares: interrupts, typed config, names, bad input. */
class WaiterTest {
    private static final OperationInvoker CREATING =
            (op, params) -> Map.of("Table", Map.of("TableStatus", "CREATING"));

    private static Waiter tableExists(OperationInvoker api, Sleeper sleeper) {
        return WaiterOracleTest.bundled("dynamodb").waiter("table_exists", api, sleeper);
    }

    @Test
    void stopsWithAWaiterErrorAndKeepsTheInterruptWhenInterruptedWhileSleeping() throws Exception {
        CountDownLatch called = new CountDownLatch(1);
        Waiter waiter = WaiterOracleTest.bundled("dynamodb").waiter("table_exists", (op, params) -> {
            called.countDown();
            return CREATING.invoke(op, params);
        });
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                waiter.await(Map.of("TableName", "t", "WaiterConfig", Map.of("Delay", 600)));
            } catch (Throwable e) {
                thrown.set(e);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            }
        });
        t.start();
        assertTrue(called.await(30, TimeUnit.SECONDS));
        t.interrupt();
        t.join(30_000);
        WaiterError e = assertInstanceOf(WaiterError.class, thrown.get());
        assertEquals("TableExists", e.getWaiterName());
        assertEquals("Interrupted after 1 of 25 attempts", e.getReason());
        assertInstanceOf(InterruptedException.class, e.getCause());
        assertEquals(Map.of("Table", Map.of("TableStatus", "CREATING")), e.getLastResponse());
        assertEquals(Boolean.TRUE, stillInterrupted.get());
    }

    @Test
    void stopsAtOnceWhenTheSleeperIsInterrupted() {
        List<Map<String, Object>> calls = new ArrayList<>();
        WaiterError e = assertThrows(WaiterError.class, () -> tableExists((op, params) -> {
            calls.add(params);
            return CREATING.invoke(op, params);
        }, d -> {
            throw new InterruptedException();
        }).await(Map.of("TableName", "t")));
        assertEquals(1, calls.size());
        assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
        assertEquals("Interrupted after 1 of 25 attempts", e.getReason());
    }

    @Test
    void usesTheTypedConfigForDelayAndAttempts() {
        List<Duration> sleeps = new ArrayList<>();
        WaiterError e = assertThrows(WaiterError.class, () -> tableExists(CREATING, sleeps::add)
                .await(Map.of("TableName", "t"), WaiterConfig.of(Duration.ofMillis(1500), 3)));
        assertEquals(List.of(Duration.ofMillis(1500), Duration.ofMillis(1500)), sleeps);
        assertEquals("Max attempts exceeded", e.getReason());
        assertEquals("Waiter TableExists failed: Max attempts exceeded", e.getMessage());
    }

    @Test
    void acceptsATypedConfigInsideTheParameters() {
        List<Duration> sleeps = new ArrayList<>();
        assertThrows(WaiterError.class, () -> tableExists(CREATING, sleeps::add).await(Map.of("TableName", "t",
                Waiter.WAITER_CONFIG, WaiterConfig.of(Duration.ZERO, 2))));
        assertEquals(List.of(Duration.ZERO), sleeps);
    }

    @Test
    void takesItsDefaultsFromTheModel() {
        Waiter waiter = tableExists(CREATING, d -> { });
        assertEquals("DescribeTable", waiter.operationName());
        assertEquals(Duration.ofSeconds(20), waiter.delay());
        assertEquals(25, waiter.maxAttempts());
    }

    @Test
    void doesNotPassWaiterConfigToTheOperation() {
        List<Map<String, Object>> calls = new ArrayList<>();
        tableExists((op, params) -> {
            calls.add(params);
            return Map.of("Table", Map.of("TableStatus", "ACTIVE"));
        }, d -> { }).await(Map.of("TableName", "t", "WaiterConfig", Map.of("MaxAttempts", 2)));
        assertEquals(List.of(Map.of("TableName", "t")), calls);
    }

    @Test
    void namesAnUnknownWaiterConfigKeyAndBadValues() {
        ParamValidationError e = assertThrows(ParamValidationError.class, () -> tableExists(CREATING, d -> { })
                .await(Map.of("WaiterConfig", Map.of("Delays", 1, "MaxAttempts", 0))));
        assertEquals(2, e.getProblems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("\"Delays\""), e.getMessage());
        assertTrue(e.getMessage().contains("WaiterConfig.MaxAttempts"), e.getMessage());
    }

    @Test
    void acceptsSnakeCaseAndModelNamesAndListsWaitersOnAMiss() {
        WaiterModel model = WaiterOracleTest.bundled("s3");
        assertEquals("BucketExists", model.waiter("bucket_exists", CREATING).name());
        assertEquals("BucketExists", model.waiter("BucketExists", CREATING).name());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.waiter("bucket_exist", CREATING));
        assertTrue(e.getMessage().startsWith("Waiter does not exist: bucket_exist"), e.getMessage());
        assertTrue(e.getMessage().contains("bucket_exists"), e.getMessage());
    }

    @Test
    void refusesAnotherWaiterFormatVersion() {
        ServiceModel service = ModelTrees.fromTree("x", MarkedJson.parse("{\"metadata\": {}, \"operations\": {}, \"shapes\": {}}"));
        ModelError e = assertThrows(ModelError.class,
                () -> WaiterModel.create(service, MarkedJson.parse("{\"version\": 1, \"waiters\": {}}")));
        assertTrue(e.getMessage().contains("version of waiter config is: 1"), e.getMessage());
    }

    @Test
    void reportsAMalformedAcceptorNamingTheWaiterAndAcceptor() {
        JsonNode spec = MarkedJson.parse("""
                {"inline": {"delay": 1, "operation": "Describe", "maxAttempts": 3, "acceptors": [
                  {"matcher": "path", "argument": "A", "expected": 1, "state": "success"},
                  {"matcher": "statuz", "expected": 1, "state": "retry"}]}}""");
        ModelError e = assertThrows(ModelError.class, () -> WaiterOracleTest.model(spec).waiter("Inline", CREATING));
        assertEquals("inline waiters-2: waiter Inline, acceptor 1: unknown matcher \"statuz\" "
                + "(expected path, pathAll, pathAny, status or error)", e.getMessage());
    }

    @Test
    void validationFindsAnOperationTheServiceLacks() {
        JsonNode spec = MarkedJson.parse("""
                {"inline": {"delay": 1, "operation": "Describes", "maxAttempts": 3, "acceptors": [
                  {"matcher": "error", "expected": "Gone", "state": "success"}]}}""");
        assertEquals(List.of("inline waiter Inline: operation Describes is not in <inline model tree>"),
                WaiterOracleTest.model(spec).validate());
    }
}
