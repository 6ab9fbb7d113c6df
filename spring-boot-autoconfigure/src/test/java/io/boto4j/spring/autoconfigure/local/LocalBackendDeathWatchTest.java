package io.boto4j.spring.autoconfigure.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LocalBackendDeathWatchTest {

    @Test
    void theBackendStopsWhenItsJvmHaltsWithoutRunningShutdownHooks() throws Exception {
        Process owner = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HaltingBackendOwner.class.getName())
                .redirectErrorStream(true).start();
        long backendPid = -1;
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                output.append(line).append('\n');
                if (line.startsWith("backend-pid ")) {
                    backendPid = Long.parseLong(line.substring("backend-pid ".length()).trim());
                }
            }
        }
        assertThat(owner.waitFor(90, TimeUnit.SECONDS)).as("owner exited").isTrue();
        assertThat(backendPid).as("the owner's output:\n%s", output).isPositive();

        Optional<ProcessHandle> backend = ProcessHandle.of(backendPid);
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (backend.map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(backend.map(ProcessHandle::isAlive).orElse(false))
                    .as("backend %s after its JVM halted", backendPid).isFalse();
        } finally {
            backend.ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void aBackendThatExitsTakesItsWatchdogWithIt() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "60").start();
        Process watchdog = DeathWatch.forChild(sleeper);
        assertThat(watchdog).as("a POSIX shell is on this machine").isNotNull();
        long started = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (watchdog.descendants().findAny().isEmpty() && System.nanoTime() < started) {
            Thread.sleep(20);
        }
        List<ProcessHandle> reader = watchdog.descendants().toList();
        assertThat(reader).as("the watchdog's reader process").isNotEmpty();
        sleeper.destroy();
        sleeper.waitFor(10, TimeUnit.SECONDS);
        // the backend's exit releases its watchdog by itself
        assertThat(watchdog.waitFor(10, TimeUnit.SECONDS)).as("watchdog gone").isTrue();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (reader.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(reader).as("the watchdog's reader").noneMatch(ProcessHandle::isAlive);
    }
}
