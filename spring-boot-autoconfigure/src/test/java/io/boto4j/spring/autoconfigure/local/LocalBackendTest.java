package io.boto4j.spring.autoconfigure.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.boto4j.client.Client;
import io.boto4j.spring.autoconfigure.Boto4jAutoConfiguration;
import io.boto4j.spring.autoconfigure.local.Boto4jLocalBackendAutoConfiguration.LocalBackendLifecycle;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

class LocalBackendTest {

    @Test
    void anApplicationWithTheLocalBackendAndNoEndpointCreatesAndListsABucketAndLeavesNoProcessBehind() {
        long pid;
        try (ConfigurableApplicationContext context = app("boto4j.local.enabled=true", "boto4j.clients.s3.enabled=true",
                "boto4j.local.init.buckets=seeded-bucket", "boto4j.local.init.queues=seeded-queue",
                "boto4j.local.init.tables=seeded-table", "boto4j.clients.sqs.enabled=true")) {
            LocalBackend backend = context.getBean(LocalBackendLifecycle.class).backend();
            pid = backend.pid();
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);

            Client s3 = context.getBean("s3Client", Client.class);
            assertThat(s3.meta().endpointUrl()).isEqualTo(backend.endpoint());
            s3.call("CreateBucket", Map.of("Bucket", "made-by-the-app"));
            assertThat(bucketNames(s3.call("ListBuckets", Map.of())))
                    .containsExactlyInAnyOrder("seeded-bucket", "made-by-the-app");
            Client sqs = context.getBean("sqsClient", Client.class);
            assertThat((String) sqs.call("GetQueueUrl", Map.of("QueueName", "seeded-queue")).get("QueueUrl"))
                    .endsWith("/seeded-queue");
        }
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .as("process %s after the context closed", pid).isFalse();
    }

    @Test
    void reportsAMissingInterpreterWithTheCommandAndTheWayOut() {
        Throwable failure = startFailure("boto4j.local.enabled=true",
                "boto4j.local.command=no-such-python-boto4j,-m,moto.server");
        FailureAnalysis analysis = new LocalBackendFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).contains("'no-such-python-boto4j' is not on the PATH");
        assertThat(analysis.getAction()).contains("pip install 'moto[server]'").contains("boto4j.local.command")
                .contains("boto4j.local.enabled=false");
    }

    @Test
    void reportsAnInterpreterWithoutMoto() {
        // -S hides site-packages, where moto is installed: the interpreter exists, the module does not.
        Throwable failure = startFailure("boto4j.local.enabled=true", "boto4j.local.command=python3,-S,-m,moto.server");
        FailureAnalysis analysis = new LocalBackendFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).contains("'python3' has no moto module").contains("No module named");
    }

    @Test
    void givesTheCommandItsPortWhereverItAsksForIt() {
        assertThat(LocalBackend.argv(List.of("moto_server", "--port={port}"), 4566))
                .containsExactly("moto_server", "--port=4566");
        assertThat(LocalBackend.argv(List.of("python3", "-m", "moto.server"), 4566))
                .containsExactly("python3", "-m", "moto.server", "-H", "127.0.0.1", "-p", "4566");
    }

    @Test
    void keepsTheBackendForADevtoolsRestartClassLoaderOnly() {
        assertThat(LocalBackends.isRestartable(getClass().getClassLoader())).isFalse();
    }

    private static Throwable startFailure(String... properties) {
        Throwable[] seen = new Throwable[1];
        assertThatThrownBy(() -> app(properties).close()).satisfies(t -> seen[0] = t);
        return seen[0];
    }

    static ConfigurableApplicationContext app(String... properties) {
        SpringApplication application = new SpringApplicationBuilder(LocalApp.class)
                .web(WebApplicationType.NONE).properties(properties).build();
        application.setRegisterShutdownHook(false);
        return application.run();
    }

    @SuppressWarnings("unchecked")
    private static List<String> bucketNames(Map<String, Object> listed) {
        return ((List<Map<String, Object>>) listed.get("Buckets")).stream().map(b -> (String) b.get("Name")).toList();
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({Boto4jAutoConfiguration.class,
            io.boto4j.spring.autoconfigure.Boto4jEventsAutoConfiguration.class,
            io.boto4j.spring.autoconfigure.Boto4jClientsAutoConfiguration.class, Boto4jLocalBackendAutoConfiguration.class})
    static class LocalApp {
    }
}
