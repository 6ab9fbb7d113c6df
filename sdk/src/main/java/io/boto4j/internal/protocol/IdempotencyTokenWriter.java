package io.boto4j.internal.protocol;

import io.boto4j.model.OperationModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** Fills the input members marked {@code idempotencyToken} that the caller left unset, as botocore does. */
public final class IdempotencyTokenWriter {
    /** Random version-4 UUIDs, botocore's tokens. */
    public static final Supplier<String> RANDOM_UUIDS = new RandomUuids();

    /** {@link #RANDOM_UUIDS}'s class: named, as a lambda spins a class on a fresh JVM's first client. */
    private static final class RandomUuids implements Supplier<String> {
        @Override
        public String get() {
            return UUID.randomUUID().toString();
        }
    }

    private IdempotencyTokenWriter() {
    }

    /**
     * The params with every unset token member filled from {@code tokens}; the same map when none is missing.
     * Null params mean none, so every serializer starts from here.
     */
    public static Map<String, Object> fill(OperationModel operation, Map<String, Object> params,
                                           Supplier<String> tokens) {
        if (params == null) {
            params = Map.of();
        }
        List<String> members = operation.idempotentMembers();
        if (members.isEmpty()) {
            return params;
        }
        Map<String, Object> out = params;
        for (String m : members) {
            if (params.get(m) == null) {
                if (out == params) {
                    out = new LinkedHashMap<>(params);
                }
                out.put(m, tokens.get());
            }
        }
        return out;
    }
}
