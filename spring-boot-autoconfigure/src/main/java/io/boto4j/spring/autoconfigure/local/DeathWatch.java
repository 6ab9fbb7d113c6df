package io.boto4j.spring.autoconfigure.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stops the backend when this JVM dies without running its shutdown hooks: {@code Runtime.halt} (what Spring's
 * {@code -Dspring.context.exit=onRefresh} CDS training run does), {@code kill -9}, or the kernel's out-of-memory
 * killer. The JDK cannot ask the kernel to signal a child when its parent dies, so a tiny shell process holds
 * the read end of a pipe whose write end only this JVM has: when the JVM is gone, its read sees the end of input
 * and it terminates the backend.
 *
 * <p>Only where a POSIX shell is: elsewhere (Windows) the shutdown hook is the only guard, as before.
 */
final class DeathWatch {
    private static final Path SHELL = Path.of("/bin/sh");

    private DeathWatch() {
    }

    /** The watchdog process for {@code child}, or null when this system has no shell for one. */
    static Process forChild(Process child) {
        if (!Files.isExecutable(SHELL)) {
            return null;
        }
        try {
            // the pid is a number from the JDK, never user input: no quoting is needed in the script
            Process watchdog = new ProcessBuilder(SHELL.toString(), "-c",
                    "cat >/dev/null; kill " + child.pid() + " 2>/dev/null")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            // once the backend has exited, its pid may be reused: the watchdog must not outlive it
            child.onExit().thenRun(() -> release(watchdog));
            return watchdog;
        } catch (IOException e) {
            // without a watchdog the backend still stops at a normal exit (the shutdown hook)
            return null;
        }
    }

    /**
     * Ends a watchdog without letting it signal: the shell goes first, so it never reaches its {@code kill},
     * then its {@code cat}, which would otherwise linger until this JVM exits.
     */
    static void release(Process watchdog) {
        List<ProcessHandle> reader = watchdog.descendants().toList();
        watchdog.destroy();
        try {
            watchdog.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        reader.forEach(ProcessHandle::destroy);
    }
}
