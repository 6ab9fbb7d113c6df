package io.boto4j.spring.autoconfigure.local;

import java.time.Duration;
import java.util.List;

/**
 * A JVM that starts the local backend, says the backend's pid, and halts without running shutdown hooks, as
 * Spring's {@code -Dspring.context.exit=onRefresh} training run does. Run by {@link LocalBackendDeathWatchTest}.
 */
public final class HaltingBackendOwner {
    private HaltingBackendOwner() {
    }

    public static void main(String[] args) throws Exception {
        LocalBackend backend = LocalBackend.start(List.of("python3", "-m", "moto.server"), Duration.ofSeconds(60));
        Runtime.getRuntime().addShutdownHook(new Thread(backend::stop));
        System.out.println("backend-pid " + backend.pid());
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
