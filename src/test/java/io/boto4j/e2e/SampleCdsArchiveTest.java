package io.boto4j.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spring Boot's CDS recipe, as the README gives it, on the packaged sample: extract the jar, make a training run
 * that exits once the context is refreshed, then start from the archive. Checks where classes come from and that
 * the training run, which halts the JVM without shutdown hooks, leaves no local backend behind. Never timing.
 */
class SampleCdsArchiveTest {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @Test
    void theSampleStartsFromTheArchiveOfATrainingRunAndTheTrainingRunLeavesNoBackendRunning(@TempDir Path dir)
            throws Exception {
        Path extracted = dir.resolve("app");
        run(dir, JAVA, "-Djarmode=tools", "-jar", InboxApp.packagedJar().toString(), "extract", "--destination",
                extracted.toString());
        Path jar;
        try (Stream<Path> files = Files.list(extracted)) {
            jar = files.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        Path archive = dir.resolve("app.jsa");

        Set<Long> motoBefore = motoProcesses();
        run(dir, JAVA, "-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-jar",
                jar.toString(), "--server.port=0");
        assertThat(archive).isNotEmptyFile();
        awaitNoNewMoto(motoBefore);

        Path classLog = dir.resolve("classes.log");
        try (InboxApp app = InboxApp.start(jar, List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on",
                "-Xlog:class+load:file=" + classLog))) {
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(app.url("/actuator/health"))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            System.out.println("[cds] " + startedLine(app.log));
        }
        List<String> loads = Files.readAllLines(classLog, StandardCharsets.UTF_8);
        assertThat(loadLine(loads, "io.boto4j.Session")).contains("source: shared objects file");
        assertThat(loadLine(loads, "io.boto4j.spring.autoconfigure.Boto4jAutoConfiguration"))
                .contains("source: shared objects file");
        assertThat(loadLine(loads, "org.springframework.boot.SpringApplication")).contains("source: shared objects file");
    }

    private static String loadLine(List<String> loads, String className) {
        String marker = "] " + className + " source: ";
        return loads.stream().filter(l -> l.contains(marker)).findFirst()
                .orElseThrow(() -> new AssertionError(className + " was never loaded"));
    }

    private static String startedLine(Path log) throws IOException {
        return Files.readAllLines(log).stream().filter(l -> l.contains("Started ")).findFirst().orElse("(no Started line)");
    }

    private static void run(Path dir, String... command) throws Exception {
        Path out = Files.createTempFile(dir, "run-", ".log");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("AWS_") || k.startsWith("BOTO4J_"));
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("did not finish in 180 s: " + String.join(" ", command));
        }
        List<String> lines = Files.readAllLines(out);
        assertThat(p.exitValue()).as("%s\n%s", String.join(" ", command),
                String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()))).isZero();
    }

    private static Set<Long> motoProcesses() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("moto.server")).orElse(false))
                .map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    private static void awaitNoNewMoto(Set<Long> before) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<Long> left = new ArrayList<>();
        do {
            left.clear();
            motoProcesses().stream().filter(pid -> !before.contains(pid)).forEach(left::add);
            if (left.isEmpty()) {
                return;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        left.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
        throw new AssertionError("the training run left local backends running: " + left);
    }
}
