package io.boto4j.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class InvocationIdsTest {
    // RFC 4122 text form of a version 4, IETF-variant UUID: what botocore's uuid4() sends
    private static final Pattern V4 = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    @Test
    void anInvocationIdIsARandomVersionFourUuidInLowerCaseText() {
        for (int i = 0; i < 10_000; i++) {
            String id = InvocationIds.next();
            assertTrue(V4.matcher(id).matches(), id);
            UUID parsed = UUID.fromString(id);
            assertEquals(4, parsed.version(), id);
            assertEquals(2, parsed.variant(), id);
        }
    }

    @Test
    void invocationIdsDoNotRepeatAcrossThreads() throws InterruptedException {
        Set<String> seen = java.util.Collections.synchronizedSet(new HashSet<>());
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 25_000; i++) {
                    seen.add(InvocationIds.next());
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(100_000, seen.size());
    }
}
