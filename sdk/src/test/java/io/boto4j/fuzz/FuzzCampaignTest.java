package io.boto4j.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.internal.endpoints.rules.ArnFuzzer;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Actually fuzzes every target for a bounded time. jazzer-junit only fuzzes with {@code JAZZER_FUZZ} set and
 * then only one {@code @FuzzTest} per JVM (in a plain run it replays the seeds), so each target gets its own
 * forked Jazzer driver with {@code -max_total_time}: {@code boto4j.fuzz.seconds} each (CI default 5;
 * {@code -Pfull} sets 120). The corpus is kept under {@code target/fuzz/<target>} and the checked-in seeds
 * (regression inputs, including every past crash) are read from the {@code <Target>Inputs} resource folder. A
 * crash fails the test naming the input file Jazzer wrote.
 */
class FuzzCampaignTest {
    private static final List<Class<?>> TARGETS = List.of(IniParserFuzzer.class, XmlResponseFuzzer.class,
            QueryResponseFuzzer.class, JsonResponseFuzzer.class, CborResponseFuzzer.class, EventStreamFuzzer.class,
            EndpointRulesFuzzer.class, ArnFuzzer.class);
    private static final Pattern DONE = Pattern.compile("Done (\\d+) runs in (\\d+) second");
    private static final Pattern COVERAGE = Pattern.compile("DONE\\s+cov: (\\d+)");

    record Outcome(String target, int exitCode, long runs, long seconds, String coverage, String finding) {
    }

    @Test
    void everyParserTargetSurvivesABoundedFuzzingRunWithNoFinding() throws Exception {
        int seconds = Integer.getInteger("boto4j.fuzz.seconds", 5);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (Class<?> target : TARGETS) {
            futures.add(pool.submit(() -> fuzz(target, seconds)));
        }
        pool.shutdown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> f : futures) {
            outcomes.add(f.get(seconds + 300L, TimeUnit.SECONDS));
        }
        StringBuilder table = new StringBuilder(String.format("%n%-22s %10s %6s %6s  %s%n", "target", "executions",
                "secs", "cov", "finding"));
        long total = 0;
        for (Outcome o : outcomes) {
            total += o.runs();
            table.append(String.format("%-22s %10d %6d %6s  %s%n", o.target(), o.runs(), o.seconds(), o.coverage(),
                    o.finding() == null ? "none" : o.finding()));
        }
        table.append(String.format("%-22s %10d%n", "total", total));
        System.out.println(table);
        for (Outcome o : outcomes) {
            assertEquals(null, o.finding(), o.target() + table);
            assertEquals(0, o.exitCode(), o.target() + table);
            assertTrue(o.runs() > 0, o.target() + " ran no input" + table);
        }
    }

    private static Outcome fuzz(Class<?> target, int seconds) throws IOException, InterruptedException {
        Path work = Path.of("target", "fuzz", target.getSimpleName()).toAbsolutePath();
        Path corpus = work.resolve("corpus");
        Files.createDirectories(corpus);
        Path seeds = Path.of("src", "test", "resources", target.getPackageName().replace('.', File.separatorChar),
                target.getSimpleName() + "Inputs").toAbsolutePath();
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m", "-Xss2m",
                "-cp", System.getProperty("java.class.path"), "com.code_intelligence.jazzer.Jazzer",
                "--target_class=" + target.getName(), "--instrumentation_includes=io.boto4j.**",
                "--custom_hook_includes=io.boto4j.**", "-max_total_time=" + seconds, "-rss_limit_mb=0",
                "-timeout=20", // RSS is not limited: the JVM alone uses more than libFuzzer's default; -Xmx bounds the heap
                "-artifact_prefix=" + work + File.separator, corpus.toString()));
        if (Files.isDirectory(seeds)) {
            try (var dirs = Files.list(seeds)) { // one folder per @FuzzTest method
                dirs.filter(Files::isDirectory).forEach(d -> cmd.add(d.toString()));
            }
        }
        Path log = work.resolve("jazzer.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile())
                .directory(work.toFile()).start();
        if (!p.waitFor(seconds + 240L, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Outcome(target.getSimpleName(), -1, 0, seconds, "?", "driver did not stop; see " + log);
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        Matcher done = DONE.matcher(out);
        Matcher cov = COVERAGE.matcher(out);
        String finding = null;
        int crash = out.indexOf("== Java Exception:");
        if (crash >= 0 || p.exitValue() != 0) {
            int from = Math.max(0, crash);
            finding = out.substring(from, Math.min(out.length(), from + 1500)) + "\n(see " + log + ")";
        }
        return new Outcome(target.getSimpleName(), p.exitValue(), done.find() ? Long.parseLong(done.group(1)) : 0,
                done.find(0) ? Long.parseLong(done.group(2)) : 0, cov.find() ? cov.group(1) : "?", finding);
    }
}
