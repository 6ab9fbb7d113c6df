package io.boto4j.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs python3 with botocore as the oracle of a differential test: the script reads its input from stdin and
 * prints its answer on stdout; a failure shows python's stderr.
 */
public final class Python {
    private Python() {
    }

    public static String run(String script, String stdin) {
        return run(script, stdin, Map.of());
    }

    public static String run(String script, String stdin, Map<String, String> env) {
        try {
            Path file = Files.createTempFile("boto4j-oracle-", ".py");
            Files.writeString(file, script);
            ProcessBuilder pb = new ProcessBuilder(List.of("python3", file.toString()));
            pb.environment().putAll(env);
            Path err = Files.createTempFile("boto4j-oracle-", ".err");
            pb.redirectError(err.toFile());
            Process p = pb.start();
            // feed stdin from another thread: a script that answers line by line fills the stdout pipe while
            // we are still writing, and writing everything first would then deadlock
            Thread feeder = new Thread(() -> {
                try (var in = p.getOutputStream()) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                } catch (IOException ignored) {
                    // the script exited early; its exit code and stderr tell why
                }
            }, "python-oracle-stdin");
            feeder.setDaemon(true);
            feeder.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("python3 oracle timed out");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("python3 oracle failed (" + p.exitValue() + "): " + Files.readString(err));
            }
            Files.deleteIfExists(file);
            Files.deleteIfExists(err);
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
