package io.boto4j.fuzz;

import io.boto4j.exception.BotoCoreError;
import java.util.Set;

/**
 * What a fuzz target may throw: the SDK's documented errors for bad input. Anything else escaping a parser (a
 * NullPointerException, an index out of bounds, a stack overflow, an out-of-memory) is a finding, so it is
 * rethrown for Jazzer to report and minimise.
 */
final class FuzzFindings {
    private FuzzFindings() {
    }

    /** Runs one input; swallows only the listed documented error types. */
    static void allowOnly(Set<Class<? extends BotoCoreError>> documented, Runnable input) {
        try {
            input.run();
        } catch (BotoCoreError e) {
            for (Class<? extends BotoCoreError> type : documented) {
                if (type.isInstance(e)) {
                    return;
                }
            }
            throw e;
        }
    }
}
