package io.boto4j.spring.autoconfigure.local;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One running local backend process (moto's server by default) on a loopback port of its own. */
public final class LocalBackend {
    /** The access key the starter uses against a local backend; moto accepts any. */
    public static final String ACCESS_KEY = "boto4j-local";
    /** The matching dummy secret key: not a secret, moto does not check it. */
    public static final String SECRET_KEY = "boto4j-local-secret";
    private static final java.util.regex.Pattern MOTO_MISSING = java.util.regex.Pattern.compile("No module named '?moto");
    private final Process process;
    private final int port;
    private final Path log;
    private final Process watchdog;

    private LocalBackend(Process process, int port, Path log, Process watchdog) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.watchdog = watchdog;
    }

    /** Starts {@code command} on a free loopback port and returns once it answers HTTP. */
    public static LocalBackend start(List<String> command, Duration timeout) {
        int port = freePort();
        List<String> argv = argv(command, port);
        Path log;
        Process process;
        try {
            log = Files.createTempFile("boto4j-local-", ".log");
            ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(log.toFile());
            // The backend must not pick up the developer's AWS settings; it is a fake account of its own.
            pb.environment().remove("AWS_PROFILE");
            process = pb.start();
        } catch (IOException e) {
            throw new LocalBackendStartException(LocalBackendStartException.Reason.COMMAND_NOT_FOUND, argv,
                    e.getMessage(), e);
        }
        LocalBackend backend = new LocalBackend(process, port, log, DeathWatch.forChild(process));
        backend.awaitAnswer(argv, timeout);
        return backend;
    }

    static List<String> argv(List<String> command, int port) {
        if (command == null || command.isEmpty()) {
            throw new IllegalArgumentException("boto4j.local.command is empty; leave it unset for python3 -m moto.server");
        }
        List<String> argv = new ArrayList<>();
        boolean placed = false;
        for (String arg : command) {
            placed |= arg.contains("{port}");
            argv.add(arg.replace("{port}", Integer.toString(port)));
        }
        if (!placed) {
            argv.addAll(List.of("-H", "127.0.0.1", "-p", Integer.toString(port)));
        }
        return argv;
    }

    private void awaitAnswer(List<String> argv, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                String output = output();
                throw new LocalBackendStartException(MOTO_MISSING.matcher(output).find()
                        ? LocalBackendStartException.Reason.MOTO_NOT_INSTALLED
                        : LocalBackendStartException.Reason.EXITED, argv, output, null);
            }
            if (answers()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                throw new IllegalStateException("Interrupted while waiting for the local backend", e);
            }
        }
        String output = output();
        stop();
        throw new LocalBackendStartException(LocalBackendStartException.Reason.TIMED_OUT, argv, output, null);
    }

    private boolean answers() {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(endpoint() + "/").toURL().openConnection();
            c.setConnectTimeout(300);
            c.setReadTimeout(2000);
            int code = c.getResponseCode();
            c.disconnect();
            return code > 0;
        } catch (IOException notYet) {
            return false;
        }
    }

    private String output() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free loopback port for the local backend", e);
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** The operating-system id of the process, so tests and operators can check it is gone. */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the process and whatever it started; waits up to five seconds before killing it. */
    public void stop() {
        if (watchdog != null) {
            DeathWatch.release(watchdog);
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try {
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // a temp file left behind costs nothing
        }
    }

    @Override
    public String toString() {
        return "LocalBackend[" + endpoint() + ", pid " + pid() + "]";
    }
}
