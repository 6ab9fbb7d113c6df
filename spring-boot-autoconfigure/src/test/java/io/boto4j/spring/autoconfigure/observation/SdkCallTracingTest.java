package io.boto4j.spring.autoconfigure.observation;

import static org.assertj.core.api.Assertions.assertThat;

import io.boto4j.client.Client;
import io.boto4j.http.HttpRequest;
import io.boto4j.spring.autoconfigure.Boto4jAutoConfiguration;
import io.boto4j.testsupport.MotoServer;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.handler.PropagatingSenderTracingObservationHandler;
import io.micrometer.tracing.propagation.Propagator;
import io.micrometer.tracing.test.simple.SimpleSpan;
import io.micrometer.tracing.test.simple.SimpleTracer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** With a tracer each SDK call is a client span, and its trace context travels in the request moto receives. */
class SdkCallTracingTest {
    private static final MotoServer MOTO = MotoServer.shared();
    private static final String HEADER = "x-test-trace";

    @Test
    void eachCallIsAClientSpanWhoseTraceContextIsWrittenIntoTheSignedRequest() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(Boto4jAutoConfiguration.class,
                        io.boto4j.spring.autoconfigure.Boto4jEventsAutoConfiguration.class,
                        io.boto4j.spring.autoconfigure.Boto4jClientsAutoConfiguration.class,
                        Boto4jObservationAutoConfiguration.class))
                .withPropertyValues("boto4j.region=eu-west-1", "boto4j.credentials.access-key-id=testing",
                        "boto4j.credentials.secret-access-key=testing", "boto4j.endpoint-url=" + MOTO.endpoint(),
                        "boto4j.clients.sqs.enabled=true")
                .withUserConfiguration(Tracing.class)
                .run(context -> {
                    Client sqs = context.getBean("sqsClient", Client.class);
                    AtomicReference<String> sent = new AtomicReference<>();
                    sqs.meta().events().register("before-send.sqs.ListQueues", event -> {
                        sent.set(event.request().build().headers().first(HEADER));
                        return null;
                    });
                    sqs.call("ListQueues", Map.of());

                    SimpleSpan span = context.getBean(SimpleTracer.class).onlySpan();
                    assertThat(span.getName()).isEqualTo("sqs ListQueues");
                    assertThat(span.getKind()).isEqualTo(Span.Kind.CLIENT);
                    assertThat(span.getTags()).containsEntry("operation", "ListQueues")
                            .containsEntry("outcome", "SUCCESS");
                    assertThat(span.getEndTimestamp()).isNotNull();
                    assertThat(sent.get()).isEqualTo(span.context().traceId() + "-" + span.context().spanId());
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class Tracing {
        @Bean
        SimpleTracer tracer() {
            return new SimpleTracer();
        }

        @Bean
        ObservationRegistry observationRegistry(SimpleTracer tracer) {
            ObservationRegistry registry = ObservationRegistry.create();
            registry.observationConfig().observationHandler(new PropagatingSenderTracingObservationHandler<>(tracer,
                    new HeaderPropagator()));
            return registry;
        }
    }

    /** Writes trace and span id into one header, as a real propagator writes {@code traceparent}. */
    static final class HeaderPropagator implements Propagator {
        @Override
        public List<String> fields() {
            return List.of(HEADER);
        }

        @Override
        public <C> void inject(TraceContext context, C carrier, Setter<C> setter) {
            setter.set(carrier, HEADER, context.traceId() + "-" + context.spanId());
        }

        @Override
        public <C> Span.Builder extract(C carrier, Getter<C> getter) {
            throw new UnsupportedOperationException("a client only injects");
        }
    }
}
