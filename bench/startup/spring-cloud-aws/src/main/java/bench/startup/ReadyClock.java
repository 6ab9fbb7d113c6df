package bench.startup;

import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Prints how long the application took to be ready and exits, so run.py can time many fresh starts. Two clocks:
 * from the spawn (BENCH_T0_MS, epoch ms taken by the runner just before it started the JVM) and from the JVM's own
 * start instant; and the process's CPU time so far (all threads), which a loaded machine disturbs far less than
 * wall time. Registered through SpringApplication#addListeners, so it is the same in all three applications.
 */
final class ReadyClock implements ApplicationListener<ApplicationReadyEvent> {
    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        long now = System.currentTimeMillis();
        String t0 = System.getenv("BENCH_T0_MS");
        long sinceSpawn = t0 == null ? -1 : now - Long.parseLong(t0);
        long sinceJvm = ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.ofEpochMilli(now)).toMillis()).orElse(-1L);
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        System.out.println("BENCH_READY spawn_ms=" + sinceSpawn + " jvm_ms=" + sinceJvm + " cpu_ms=" + cpu + " beans="
                + event.getApplicationContext().getBeanDefinitionCount());
        System.out.flush();
        System.exit(0);
    }
}
