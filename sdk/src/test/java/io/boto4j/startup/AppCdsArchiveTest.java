package io.boto4j.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.internal.protocol.Parsers;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AppCDS recipe of the README works with boto4j on the class path: a training run writes an archive and a
 * second JVM maps boto4j's classes from it. Behaviour only (where classes come from), never timing.
 */
class AppCdsArchiveTest {
    private static final String PARSERS = Parsers.class.getName();

    @Test
    void aSecondJvmLoadsBoto4jClassesFromTheArchiveATrainingRunWrote(@TempDir Path dir) throws Exception {
        // CDS archives classes from jars only, never from a directory such as target/classes
        Path appJar = dir.resolve("app.jar");
        Path sdkClasses = location(Parsers.class);
        Path mainClass = location(CdsTrainingMain.class)
                .resolve(CdsTrainingMain.class.getName().replace('.', '/') + ".class");
        writeJar(appJar, sdkClasses, mainClass, location(CdsTrainingMain.class));
        String classPath = classPath(appJar);
        Path archive = dir.resolve("app.jsa");

        Run training = java(dir, "-XX:ArchiveClassesAtExit=" + archive, "-cp", classPath,
                CdsTrainingMain.class.getName());
        assertEquals(0, training.exit, training.output);
        assertTrue(Files.size(archive) > 0, "training run wrote no archive:\n" + training.output);

        Run plain = java(dir, "-Xlog:class+load=info", "-cp", classPath, CdsTrainingMain.class.getName());
        assertEquals(0, plain.exit, plain.output);
        assertTrue(plain.loadLine(PARSERS).contains("source: file:"),
                "without the archive the class comes from the jar: " + plain.loadLine(PARSERS));

        Run shared = java(dir, "-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-Xlog:class+load=info",
                "-cp", classPath, CdsTrainingMain.class.getName());
        assertEquals(0, shared.exit, shared.output);
        assertTrue(shared.output.contains("parser JsonProtocolParser"), shared.output);
        assertTrue(shared.loadLine(PARSERS).contains("source: shared objects file"),
                "with the archive: " + shared.loadLine(PARSERS));
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** The app jar first, then the jars boto4j's first-call path needs (Jackson), as the test JVM has them. */
    private static String classPath(Path appJar) throws URISyntaxException {
        Set<String> parts = new LinkedHashSet<>();
        parts.add(appJar.toString());
        for (String name : List.of("tools.jackson.core.JsonParser", "tools.jackson.databind.ObjectMapper",
                "com.fasterxml.jackson.annotation.JsonProperty")) {
            try {
                parts.add(location(Class.forName(name)).toString());
            } catch (ClassNotFoundException absent) {
                // not a dependency of this build's sdk: the run then shows whether it is needed
            }
        }
        return String.join(java.io.File.pathSeparator, parts);
    }

    private static void writeJar(Path jar, Path sdkClasses, Path mainClass, Path testRoot) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(sdkClasses)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                add(out, sdkClasses.relativize(f).toString().replace('\\', '/'), f);
            }
            add(out, testRoot.relativize(mainClass).toString().replace('\\', '/'), mainClass);
        }
    }

    private static void add(JarOutputStream out, String name, Path file) throws IOException {
        out.putNextEntry(new JarEntry(name));
        Files.copy(file, out);
        out.closeEntry();
    }

    private static Run java(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.addAll(List.of(args));
        Path log = dir.resolve("run-" + System.nanoTime() + ".log");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("JVM did not finish in 120 s: " + cmd);
        }
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private record Run(int exit, String output) {
        String loadLine(String className) {
            return output.lines().filter(l -> l.contains(" " + className + " source:")).findFirst()
                    .orElse("(no class+load line for " + className + ")\n" + output);
        }
    }
}
