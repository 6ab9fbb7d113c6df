package io.boto4j.resource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What a batch action returns: the response of every call it made, one per chunk, in order, and the partial
 * failures those responses report (the entries of their {@code Errors} or {@code Failed} lists, such as S3
 * DeleteObjects' {@code Errors} or SQS DeleteMessageBatch's {@code Failed}). A call that fails as a whole raises
 * its {@code ClientError} as usual; the chunks before it have been applied.
 */
public final class BatchResult {
    /** The members in which batch operations report the entries that failed while the call succeeded. */
    private static final List<String> FAILURE_MEMBERS = List.of("Errors", "Failed");

    private final List<Map<String, Object>> responses;
    private final List<Map<String, Object>> failures;
    private final int resourceCount;

    BatchResult(List<Map<String, Object>> responses, int resourceCount) {
        this.responses = Collections.unmodifiableList(new ArrayList<>(responses));
        this.resourceCount = resourceCount;
        List<Map<String, Object>> f = new ArrayList<>();
        for (Map<String, Object> r : responses) {
            for (String member : FAILURE_MEMBERS) {
                if (r != null && r.get(member) instanceof List<?> l) {
                    for (Object o : l) {
                        if (o instanceof Map<?, ?> m) {
                            @SuppressWarnings("unchecked")
                            Map<String, Object> entry = (Map<String, Object>) m;
                            f.add(entry);
                        }
                    }
                }
            }
        }
        this.failures = Collections.unmodifiableList(f);
    }

    /** The response of each call, one per chunk (boto3's list of responses). */
    public List<Map<String, Object>> responses() {
        return responses;
    }

    /** How many calls were made. */
    public int calls() {
        return responses.size();
    }

    /** How many resources the calls covered. */
    public int resourceCount() {
        return resourceCount;
    }

    /** Every entry the responses report as failed; empty when all succeeded. */
    public List<Map<String, Object>> failures() {
        return failures;
    }

    public boolean hasFailures() {
        return !failures.isEmpty();
    }

    /** Throws, listing the failures, when any entry failed; returns this otherwise. */
    public BatchResult throwIfFailed() {
        if (hasFailures()) {
            throw new IllegalStateException("Batch action: " + failures.size() + " of " + resourceCount
                    + " entries failed: " + failures);
        }
        return this;
    }

    @Override
    public String toString() {
        return "BatchResult[" + calls() + " calls, " + resourceCount + " resources, " + failures.size() + " failures]";
    }
}
