package io.boto4j.spring.autoconfigure.local;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The local backends of this JVM, one per command. A static holder on purpose: under spring-boot-devtools the
 * application is reloaded in a fresh restart class loader while this class (a library's) stays in the base one,
 * so a reloaded context finds the backend it started before and does not start another. Every backend stops at
 * JVM exit at the latest.
 */
public final class LocalBackends {
    private static final Map<List<String>, LocalBackend> RUNNING = new ConcurrentHashMap<>();
    private static final Map<LocalBackend, Integer> USERS = new ConcurrentHashMap<>();

    private LocalBackends() {
    }

    /** The running backend for these settings, started (and seeded) if there is none. */
    public static LocalBackend obtain(Boto4jLocalProperties settings) {
        List<String> key = List.copyOf(settings.getCommand());
        synchronized (RUNNING) {
            LocalBackend backend = RUNNING.get(key);
            if (backend != null && backend.isAlive()) {
                return backend;
            }
            LocalBackend started = LocalBackend.start(key, settings.getStartupTimeout());
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "boto4j-local-backend-stop"));
            RUNNING.put(key, started);
            try {
                LocalResources.create(started.endpoint(), settings.getRegion(), settings.getInit());
            } catch (RuntimeException e) {
                RUNNING.remove(key);
                started.stop();
                throw e;
            }
            return started;
        }
    }

    /** The backend for these settings if one runs. */
    public static LocalBackend running(Boto4jLocalProperties settings) {
        LocalBackend backend = RUNNING.get(List.copyOf(settings.getCommand()));
        return backend != null && backend.isAlive() ? backend : null;
    }

    /** Counts one more application context using the backend. */
    public static void retain(LocalBackend backend) {
        USERS.merge(backend, 1, Integer::sum);
    }

    /** One context fewer uses the backend; the last one out stops it. */
    public static void release(LocalBackend backend) {
        synchronized (RUNNING) {
            Integer left = USERS.merge(backend, -1, Integer::sum);
            if (left == null || left <= 0) {
                USERS.remove(backend);
                RUNNING.values().remove(backend);
                backend.stop();
            }
        }
    }

    /** Whether a context of this class loader is being reloaded by devtools, which keeps the backend running. */
    static boolean isRestartable(ClassLoader classLoader) {
        for (ClassLoader c = classLoader; c != null; c = c.getParent()) {
            if (c.getClass().getName().equals("org.springframework.boot.devtools.restart.classloader.RestartClassLoader")) {
                return true;
            }
        }
        return false;
    }
}
