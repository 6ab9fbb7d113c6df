package io.boto4j.dynamodb;

import io.boto4j.client.Client;
import io.boto4j.dynamodb.conditions.Condition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * boto3's DynamoDB {@code Table} over a low-level DynamoDB client: every call takes plain Java values and
 * condition objects and returns plain Java values (through the {@link TransformationInjector}), with the
 * table's name filled in.
 * <pre>{@code
 * Table table = Table.of(dynamodb, "orders");
 * table.putItem(Map.of("pk", "c#1", "sk", "o#7", "total", new BigDecimal("12.50")));
 * for (Map<String, Object> item : table.query(Key("pk").eq("c#1").and(Key("sk").beginsWith("o#")))) { ... }
 * try (BatchWriter batch = table.batchWriter()) { batch.putItem(item); }
 * }</pre>
 * The keyword form {@link #call(String, Map)} takes boto3's arguments as a map ({@code Item},
 * {@code ConditionExpression}, {@code ReturnValues}, ...). Thread-safe, as the client is.
 */
public final class Table {
    private final Client client;
    private final String name;
    private final TransformationInjector injector;

    private Table(Client client, String name, TransformationInjector injector) {
        this.client = client;
        this.name = name;
        this.injector = injector;
    }

    /** The table {@code name} of a DynamoDB client. */
    public static Table of(Client client, String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a Table needs a table name");
        }
        return new Table(client, name, TransformationInjector.of(client));
    }

    public String name() {
        return name;
    }

    public Client client() {
        return client;
    }

    /**
     * An operation with boto3's keyword arguments, {@code TableName} added unless given: as
     * {@code table.put_item(**kwargs)}.
     */
    public Map<String, Object> call(String operation, Map<String, Object> kwargs) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("TableName", name);
        params.putAll(kwargs);
        return injector.call(client, operation, params);
    }

    /** An operation of the table's client through the same transformations, without adding TableName. */
    Map<String, Object> callClient(String operation, Map<String, Object> params) {
        return injector.call(client, operation, params);
    }

    // ---- items

    public Map<String, Object> putItem(Map<String, Object> item) {
        return call("PutItem", Map.of("Item", item));
    }

    /** Puts the item only if {@code condition} holds, else {@code ConditionalCheckFailedException}. */
    public Map<String, Object> putItem(Map<String, Object> item, Condition condition) {
        return call("PutItem", ordered("Item", item, "ConditionExpression", condition));
    }

    /** Puts a record's components as the item's attributes (see {@link RecordMapper}). */
    public <R extends Record> Map<String, Object> putItem(R record) {
        return putItem(RecordMapper.toItem(record));
    }

    /** The item with this key, or null when there is none. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> getItem(Map<String, Object> key) {
        return (Map<String, Object>) call("GetItem", Map.of("Key", key)).get("Item");
    }

    /** The item with this key as a record, or null when there is none. */
    public <T> T getItem(Map<String, Object> key, Class<T> type) {
        return RecordMapper.fromItem(getItem(key), type);
    }

    /**
     * UpdateItem with boto3's arguments ({@code Key}, {@code UpdateExpression}, {@code ConditionExpression} as
     * a condition, {@code ExpressionAttributeValues} as plain values, {@code ReturnValues}, ...).
     */
    public Map<String, Object> updateItem(Map<String, Object> kwargs) {
        return call("UpdateItem", kwargs);
    }

    public Map<String, Object> deleteItem(Map<String, Object> key) {
        return call("DeleteItem", Map.of("Key", key));
    }

    public Map<String, Object> deleteItem(Map<String, Object> key, Condition condition) {
        return call("DeleteItem", ordered("Key", key, "ConditionExpression", condition));
    }

    // ---- reads over pages

    /** The items whose key matches {@code keyCondition} (built from {@code Key(...)}), every page. */
    public Items query(Condition keyCondition) {
        return query(Map.of("KeyConditionExpression", keyCondition));
    }

    public Items query(Condition keyCondition, Condition filter) {
        return query(ordered("KeyConditionExpression", keyCondition, "FilterExpression", filter));
    }

    /** Query with boto3's arguments ({@code IndexName}, {@code ScanIndexForward}, {@code Limit} per page, ...). */
    public Items query(Map<String, Object> kwargs) {
        return new Items(kwargs, req -> call("Query", req));
    }

    public Items scan() {
        return scan(Map.of());
    }

    public Items scan(Condition filter) {
        return scan(Map.of("FilterExpression", filter));
    }

    public Items scan(Map<String, Object> kwargs) {
        return new Items(kwargs, req -> call("Scan", req));
    }

    // ---- batches

    /** A batch writer (use it in try-with-resources: it flushes on close). */
    public BatchWriter batchWriter() {
        return new BatchWriter(this, List.of());
    }

    /** A batch writer that keeps only the last request per key made of these attributes (overwrite_by_pkeys). */
    public BatchWriter batchWriter(List<String> overwriteByPkeys) {
        return new BatchWriter(this, overwriteByPkeys);
    }

    @Override
    public String toString() {
        return "Table[" + name + "]";
    }

    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }
}
