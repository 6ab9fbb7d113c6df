package io.boto4j.spring.autoconfigure.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.exception.ClientError;
import io.boto4j.spring.autoconfigure.Boto4jAutoConfiguration;
import io.boto4j.testsupport.MotoServer;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationPredicate;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.actuate.endpoint.MetricsEndpoint;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsEndpointAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class Boto4jObservationAutoConfigurationTest {
    private static final MotoServer MOTO = MotoServer.shared();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(Boto4jAutoConfiguration.class,
                        io.boto4j.spring.autoconfigure.Boto4jEventsAutoConfiguration.class,
                        io.boto4j.spring.autoconfigure.Boto4jClientsAutoConfiguration.class,
                    Boto4jObservationAutoConfiguration.class))
            .withPropertyValues("boto4j.region=eu-west-1", "boto4j.credentials.access-key-id=testing",
                    "boto4j.credentials.secret-access-key=testing-secret", "boto4j.endpoint-url=" + MOTO.endpoint(),
                    "boto4j.clients.sqs.enabled=true");

    @Test
    void registersNoEventHandlerWithoutAnObservationRegistry() {
        runner.run(context -> {
            assertThat(context).doesNotHaveBean(SdkCallObservationConvention.class);
            Session session = context.getBean(Session.class);
            assertThat(session.events().hasHandlers("before-call.sqs.SendMessage")).isFalse();
            assertThat(session.events().hasHandlers("after-call.sqs.SendMessage")).isFalse();
        });
    }

    @Test
    void observesASuccessfulCallWithServiceOperationOutcomeAndRequestId() {
        runner.withUserConfiguration(TestRegistry.class).run(context -> {
            TestObservationRegistry registry = context.getBean(TestObservationRegistry.class);
            Client sqs = context.getBean("sqsClient", Client.class);
            String url = (String) sqs.call("CreateQueue", Map.of("QueueName", "obs-" + System.nanoTime())).get("QueueUrl");
            Map<String, Object> sent = sqs.call("SendMessage", Map.of("QueueUrl", url, "MessageBody", "hello"));
            String requestId = (String) ((Map<?, ?>) sent.get("ResponseMetadata")).get("RequestId");

            TestObservationRegistryAssert.assertThat(registry)
                    .hasNumberOfObservationsWithNameEqualTo("boto4j.client.requests", 2)
                    .hasAnObservation(o -> o.hasContextualNameEqualTo("sqs SendMessage")
                            .hasLowCardinalityKeyValue("service", "sqs")
                            .hasLowCardinalityKeyValue("operation", "SendMessage")
                            .hasLowCardinalityKeyValue("outcome", "SUCCESS")
                            .hasLowCardinalityKeyValue("error.code", "none")
                            .hasLowCardinalityKeyValue("status", "200")
                            .hasHighCardinalityKeyValue("aws.request.id", requestId)
                            .hasHighCardinalityKeyValue("retry.attempts", "0"));
        });
    }

    @Test
    void observesAClientErrorWithItsCodeAndStatus() {
        runner.withUserConfiguration(TestRegistry.class).run(context -> {
            TestObservationRegistry registry = context.getBean(TestObservationRegistry.class);
            Client sqs = context.getBean("sqsClient", Client.class);
            assertThatThrownBy(() -> sqs.call("GetQueueUrl", Map.of("QueueName", "no-such-queue-here")))
                    .isInstanceOf(ClientError.class);

            TestObservationRegistryAssert.assertThat(registry)
                    .hasSingleObservationThat()
                    .hasLowCardinalityKeyValue("operation", "GetQueueUrl")
                    .hasLowCardinalityKeyValue("outcome", "CLIENT_ERROR")
                    .hasLowCardinalityKeyValue("error.code", "AWS.SimpleQueueService.NonExistentQueue")
                    .hasLowCardinalityKeyValue("status", "400")
                    .hasBeenStopped();
        });
    }

    @Test
    void reportsAnIoErrorWhenNothingAnswers() {
        runner.withUserConfiguration(TestRegistry.class)
                .withPropertyValues("boto4j.clients.sqs.endpoint-url=http://127.0.0.1:1",
                        "boto4j.config.retries.total-max-attempts=2")
                .run(context -> {
                    TestObservationRegistry registry = context.getBean(TestObservationRegistry.class);
                    Client sqs = context.getBean("sqsClient", Client.class);
                    assertThatThrownBy(() -> sqs.call("ListQueues", Map.of())).isInstanceOf(RuntimeException.class);

                    TestObservationRegistryAssert.assertThat(registry)
                            .hasSingleObservationThat()
                            .hasLowCardinalityKeyValue("outcome", "IO_ERROR")
                            .hasLowCardinalityKeyValue("status", "none")
                            .hasHighCardinalityKeyValue("retry.attempts", "1")
                            .hasEvent(SdkCallObserver.RETRY.getName())
                            .hasBeenStopped();
                });
    }

    @Test
    void observesACallAnsweredByAStubberToo() {
        runner.withUserConfiguration(TestRegistry.class).run(context -> {
            TestObservationRegistry registry = context.getBean(TestObservationRegistry.class);
            Client sqs = context.getBean("sqsClient", Client.class);
            try (io.boto4j.testing.Stubber stubber = new io.boto4j.testing.Stubber(sqs)) {
                stubber.addClientError("ListQueues", "ThrottlingException", "slow down").activate();
                assertThatThrownBy(() -> sqs.call("ListQueues", Map.of())).isInstanceOf(ClientError.class);
            }
            TestObservationRegistryAssert.assertThat(registry).hasSingleObservationThat()
                    .hasLowCardinalityKeyValue("outcome", "THROTTLED")
                    .hasLowCardinalityKeyValue("error.code", "ThrottlingException")
                    .hasBeenStopped();
        });
    }

    @Test
    void usesTheApplicationsConventionInsteadOfTheDefault() {
        runner.withUserConfiguration(TestRegistry.class, OwnConvention.class).run(context -> {
            TestObservationRegistry registry = context.getBean(TestObservationRegistry.class);
            context.getBean("sqsClient", Client.class).call("ListQueues", Map.of());
            TestObservationRegistryAssert.assertThat(registry).hasSingleObservationThat()
                    .hasNameEqualTo("aws.calls").hasLowCardinalityKeyValue("op", "ListQueues");
        });
    }

    @Test
    void honoursBootsObservationPredicates() {
        runner.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class))
                .withUserConfiguration(NoListQueuesObservations.class)
                .run(context -> {
                    Client sqs = context.getBean("sqsClient", Client.class);
                    sqs.call("ListQueues", Map.of());
                    sqs.call("CreateQueue", Map.of("QueueName", "predicate-" + System.nanoTime()));
                    assertThat(context.getBean(NoListQueuesObservations.class).seen).containsExactly("CreateQueue");
                });
    }

    @Test
    void theMetricsEndpointCountsSendMessageCallsByOutcomeAndErrorCode() {
        runner.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class,
                        MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
                        SimpleMetricsExportAutoConfiguration.class, MetricsEndpointAutoConfiguration.class))
                .withPropertyValues("management.endpoints.web.exposure.include=*",
                        "management.endpoints.jmx.exposure.include=*")
                .run(context -> {
                    Client sqs = context.getBean("sqsClient", Client.class);
                    String url = (String) sqs.call("CreateQueue", Map.of("QueueName", "metrics-" + System.nanoTime()))
                            .get("QueueUrl");
                    sqs.call("SendMessage", Map.of("QueueUrl", url, "MessageBody", "one"));
                    sqs.call("SendMessage", Map.of("QueueUrl", url, "MessageBody", "two"));
                    assertThatThrownBy(() -> sqs.call("SendMessage",
                            Map.of("QueueUrl", MOTO.endpoint() + "/123456789012/missing-queue", "MessageBody", "x")))
                            .isInstanceOf(ClientError.class);

                    MetricsEndpoint endpoint = context.getBean(MetricsEndpoint.class);
                    assertThat(count(endpoint, List.of("service:sqs", "operation:SendMessage"))).isEqualTo(3.0);
                    assertThat(count(endpoint, List.of("service:sqs", "operation:SendMessage", "outcome:SUCCESS",
                            "error.code:none"))).isEqualTo(2.0);
                    assertThat(count(endpoint, List.of("service:sqs", "operation:SendMessage",
                            "outcome:CLIENT_ERROR", "error.code:AWS.SimpleQueueService.NonExistentQueue")))
                            .isEqualTo(1.0);
                });
    }

    private static double count(MetricsEndpoint endpoint, List<String> tags) {
        MetricsEndpoint.MetricDescriptor metric = endpoint.metric("boto4j.client.requests", tags);
        assertThat(metric).as("metric with tags %s", tags).isNotNull();
        return metric.getMeasurements().stream().filter(s -> s.getStatistic().name().equals("COUNT"))
                .findFirst().orElseThrow().getValue();
    }

    @Configuration(proxyBeanMethods = false)
    static class TestRegistry {
        @Bean
        TestObservationRegistry observationRegistry() {
            return TestObservationRegistry.create();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnConvention {
        @Bean
        SdkCallObservationConvention awsCalls() {
            return new SdkCallObservationConvention() {
                @Override
                public String getName() {
                    return "aws.calls";
                }

                @Override
                public KeyValues getLowCardinalityKeyValues(SdkCallContext context) {
                    return KeyValues.of("op", context.getOperationName());
                }
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class NoListQueuesObservations {
        final List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Bean
        ObservationPredicate noListQueues() {
            return (name, context) -> !(context instanceof SdkCallContext call
                    && call.getOperationName().equals("ListQueues"));
        }

        @Bean
        ObservationHandler<SdkCallContext> recordingHandler() {
            return new ObservationHandler<>() {
                @Override
                public void onStop(SdkCallContext context) {
                    seen.add(context.getOperationName());
                }

                @Override
                public boolean supportsContext(Observation.Context context) {
                    return context instanceof SdkCallContext;
                }
            };
        }
    }
}
