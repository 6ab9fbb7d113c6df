package io.boto4j.dynamodb;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * boto3's {@code batch_writer()}: buffers put and delete requests and sends them 25 at a time with
 * {@code BatchWriteItem}; {@code UnprocessedItems} go back into the buffer and are resent after a jittered,
 * growing pause; {@link #close()} flushes everything left. With {@code overwriteByPkeys}, a new request
 * replaces a buffered one for the same key (DynamoDB refuses a batch that names one key twice). Not
 * thread-safe: one writer per thread.
 */
public final class BatchWriter implements AutoCloseable {
    static final int FLUSH_AMOUNT = 25;
    /** Flushes in a row that get nothing written before the writer gives up. */
    private static final int MAX_STALLED_FLUSHES = 12;
    private static final long BASE_BACKOFF_MILLIS = 25;
    private static final long MAX_BACKOFF_MILLIS = 5_000;

    private final Table table;
    private final List<String> overwriteByPkeys;
    private final List<Map<String, Object>> buffer = new ArrayList<>();
    private int stalledFlushes;

    BatchWriter(Table table, List<String> overwriteByPkeys) {
        this.table = table;
        this.overwriteByPkeys = List.copyOf(overwriteByPkeys);
    }

    public void putItem(Map<String, Object> item) {
        add(Map.of("PutRequest", Map.of("Item", item)));
    }

    public <R extends Record> void putItem(R record) {
        putItem(RecordMapper.toItem(record));
    }

    public void deleteItem(Map<String, Object> key) {
        add(Map.of("DeleteRequest", Map.of("Key", key)));
    }

    /** Requests waiting to be sent. */
    public int pending() {
        return buffer.size();
    }

    private void add(Map<String, Object> request) {
        if (!overwriteByPkeys.isEmpty()) {
            List<String> key = keyOf(request);
            buffer.removeIf(buffered -> keyOf(buffered).equals(key));
        }
        buffer.add(request);
        if (buffer.size() >= FLUSH_AMOUNT) {
            flush();
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> keyOf(Map<String, Object> request) {
        Map<String, Object> put = (Map<String, Object>) request.get("PutRequest");
        Map<String, Object> attributes = put != null ? (Map<String, Object>) put.get("Item")
                : (Map<String, Object>) ((Map<String, Object>) request.get("DeleteRequest")).get("Key");
        List<String> key = new ArrayList<>(overwriteByPkeys.size());
        for (String name : overwriteByPkeys) {
            if (!attributes.containsKey(name)) {
                throw new IllegalArgumentException("overwrite_by_pkeys names '" + name + "' but the request has no "
                        + "such attribute: " + attributes.keySet());
            }
            key.add(identity(attributes.get(name)));
        }
        return key;
    }

    /** Equal for equal key values, numbers compared by value (1 and 1.0 are one key, as in DynamoDB). */
    private static String identity(Object v) {
        if (v instanceof byte[] b) {
            return "B:" + Base64.getEncoder().encodeToString(b);
        }
        if (v instanceof Binary b) {
            return "B:" + Base64.getEncoder().encodeToString(b.bytes());
        }
        if (v instanceof Number) {
            BigDecimal d = DynamoNumbers.toBigDecimal(v);
            return "N:" + (d.signum() == 0 ? "0" : d.stripTrailingZeros().toString());
        }
        return "S:" + v;
    }

    /** Sends one batch of up to 25 buffered requests; unprocessed ones go back into the buffer. */
    @SuppressWarnings("unchecked")
    public void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        List<Map<String, Object>> batch = new ArrayList<>(buffer.subList(0, Math.min(FLUSH_AMOUNT, buffer.size())));
        buffer.subList(0, batch.size()).clear();
        Map<String, Object> response = table.callClient("BatchWriteItem",
                Map.of("RequestItems", Map.of(table.name(), batch)));
        Map<String, Object> unprocessed = (Map<String, Object>) response.get("UnprocessedItems");
        List<Map<String, Object>> again = unprocessed == null ? List.of()
                : (List<Map<String, Object>>) unprocessed.getOrDefault(table.name(), List.of());
        buffer.addAll(again);
        if (again.isEmpty()) {
            stalledFlushes = 0;
        } else {
            backOff(again.size() == batch.size());
        }
    }

    private void backOff(boolean stalled) {
        stalledFlushes = stalled ? stalledFlushes + 1 : 0;
        if (stalledFlushes >= MAX_STALLED_FLUSHES) {
            throw new IllegalStateException("BatchWriteItem on " + table.name() + " returned every item unprocessed "
                    + MAX_STALLED_FLUSHES + " times in a row; " + buffer.size() + " requests are still buffered. "
                    + "Raise the table's write capacity or slow down the writer.");
        }
        long cap = Math.min(MAX_BACKOFF_MILLIS, BASE_BACKOFF_MILLIS << Math.min(stalledFlushes, 10));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(cap / 2, cap + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while backing off before resending unprocessed items", e);
        }
    }

    /** Sends every buffered request. */
    @Override
    public void close() {
        while (!buffer.isEmpty()) {
            flush();
        }
    }

    @Override
    public String toString() {
        return "BatchWriter[" + table.name() + ", " + buffer.size() + " pending]";
    }

}
