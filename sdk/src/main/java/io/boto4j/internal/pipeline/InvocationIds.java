package io.boto4j.internal.pipeline;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The {@code amz-sdk-invocation-id} of a call: a random (version 4) UUID, as botocore sends.
 *
 * <p>Why not {@link UUID#randomUUID()}: it draws from a {@code SecureRandom}, whose first use loads the
 * security providers (tens of milliseconds at start-up) and whose later uses lock. The id only ties a call's
 * attempts together in logs and in the service's retry accounting; it is no secret, so a thread-local generator
 * is enough. Idempotency tokens, which must not collide across hosts, keep {@code randomUUID}.
 */
final class InvocationIds {
    private InvocationIds() {
    }

    static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;              // version 4
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
        return new UUID(high, low).toString();
    }
}
