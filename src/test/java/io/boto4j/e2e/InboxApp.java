package io.boto4j.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample application as a user starts it: {@code java -jar} on the packaged jar, default profile, so it
 * starts its own local backend. Waits until it answers; {@link #close} stops it and checks that nothing it
 * started (the moto process) is left running.
 */
final class InboxApp implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    final int port;
    final Path log;
    private final Process process;

    private InboxApp(int port, Path log, Process process) {
        this.port = port;
        this.log = log;
        this.process = process;
    }

    static InboxApp start(String... extraArgs) throws Exception {
        return start(packagedJar(), List.of(), extraArgs);
    }

    /** The jar {@code mvn package} made, as a user downloads it. */
    static Path packagedJar() {
        Path jar = Path.of(System.getProperty("boto4j.sample.jar", "../sample-app/target/boto4j-sample-app-exec.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the packaged sample is missing: " + jar.toAbsolutePath()
                    + " (run mvn package first)");
        }
        return jar;
    }

    /** Starts {@code jar} with these JVM options before {@code -jar} and these application arguments after it. */
    static InboxApp start(Path jar, List<String> jvmOptions, String... extraArgs) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = Files.createDirectories(Path.of("target")).resolve("inbox-" + port + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        command.addAll(List.of(extraArgs));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // the application must not depend on whoever runs the test: no AWS settings of theirs leak in
        pb.environment().keySet().removeIf(k -> k.startsWith("AWS_") || k.startsWith("BOTO4J_"));
        InboxApp app = new InboxApp(port, log, pb.start());
        app.awaitReady();
        return app;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    List<ProcessHandle> descendants() {
        return process.descendants().toList();
    }

    private void awaitReady() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the sample exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("the sample did not answer within " + START_TIMEOUT + ":\n" + tail());
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws Exception {
        List<ProcessHandle> children = descendants();
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        for (ProcessHandle child : children) {
            child.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        }
    }
}
