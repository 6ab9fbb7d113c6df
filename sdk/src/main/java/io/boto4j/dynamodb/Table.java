package io.boto4j.dynamodb;

import io.boto4j.client.Client;
import io.boto4j.client.Result;
import io.boto4j.dynamodb.conditions.Condition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

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
 * Every call returns the SDK's {@link Result} holding plain values, so {@code table.getItem(key).as(Order.class)}
 * works as on any result. The keyword form {@link #call(String, Map)} takes boto3's arguments as a map ({@code Item},
 * {@code ConditionExpression}, {@code ReturnValues}, ...). Thread-safe, as the client is.
 */
public final class Table {
    private final Client client;
    private final String name;
    /** Calls an operation with plain values in, plain values out. */
    private final BiFunction<String, Map<String, Object>, Result> caller;

    private Table(Client client, String name, BiFunction<String, Map<String, Object>, Result> caller) {
        this.client = client;
        this.name = name;
        this.caller = caller;
    }

    /** The table {@code name} of a DynamoDB client. */
    public static Table of(Client client, String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a Table needs a table name");
        }
        TransformationInjector injector = TransformationInjector.of(client);
        return new Table(client, name, (op, params) -> injector.call(client, op, params));
    }

    /**
     * The Table behaviour of a DynamoDB resource's {@code Table} (its {@code extension(Table.class)}): {@code client}
     * is the resource's client, whose calls the DynamoDB resource already transforms (boto3's injection on the
     * resource's events), so this table passes plain values straight through and they are not transformed
     * twice. For any other client use {@link #of(Client, String)}.
     */
    public static Table ofResourceClient(Client client, String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a Table needs a table name");
        }
        return new Table(client, name, (op, params) -> Result.of(client.call(op, params)));
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
    public Result call(String operation, Map<String, Object> kwargs) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("TableName", name);
        params.putAll(kwargs);
        return caller.apply(operation, params);
    }

    /** An operation of the table's client through the same transformations, without adding TableName. */
    Result callClient(String operation, Map<String, Object> params) {
        return caller.apply(operation, params);
    }

    // ---- items

    public Result putItem(Map<String, Object> item) {
        return call("PutItem", Map.of("Item", item));
    }

    /** Puts the item only if {@code condition} holds, else {@code ConditionalCheckFailedException}. */
    public Result putItem(Map<String, Object> item, Condition condition) {
        return call("PutItem", ordered("Item", item, "ConditionExpression", condition));
    }

    /** Puts a record's components as the item's attributes (see {@link RecordMapper}). */
    public <R extends Record> Result putItem(R record) {
        return putItem(RecordMapper.toItem(record));
    }

    /** The item with this key, or null when there is none. */
    public Result getItem(Map<String, Object> key) {
        Result item = call("GetItem", Map.of("Key", key)).getResult("Item");
        return item;
    }

    /** The item with this key as a record, or null when there is none. */
    public <T> T getItem(Map<String, Object> key, Class<T> type) {
        return RecordMapper.fromItem(getItem(key), type);
    }

    /**
     * UpdateItem with boto3's arguments ({@code Key}, {@code UpdateExpression}, {@code ConditionExpression} as
     * a condition, {@code ExpressionAttributeValues} as plain values, {@code ReturnValues}, ...).
     */
    public Result updateItem(Map<String, Object> kwargs) {
        return call("UpdateItem", kwargs);
    }

    public Result deleteItem(Map<String, Object> key) {
        return call("DeleteItem", Map.of("Key", key));
    }

    public Result deleteItem(Map<String, Object> key, Condition condition) {
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
