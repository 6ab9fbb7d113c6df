package io.boto4j.spring.autoconfigure.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.boto4j.client.Client;
import io.boto4j.exception.EndpointResolutionError;
import io.boto4j.exception.NoCredentialsError;
import io.boto4j.exception.ParamValidationError;
import io.boto4j.spring.autoconfigure.Boto4jAutoConfiguration;
import io.boto4j.spring.autoconfigure.Boto4jClientsAutoConfiguration;
import io.boto4j.spring.autoconfigure.Boto4jEventsAutoConfiguration;
import io.boto4j.spring.testsupport.HermeticAws;
import io.boto4j.testsupport.MotoServer;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Every call a client makes ends its {@code boto4j.client.requests} observation, whichever way it fails: before
 * anything is sent (validation, endpoint resolution), at signing (no credentials), in a handler, or with no
 * response. Real clients against moto; the registry is micrometer's TestObservationRegistry.
 */
class SdkCallFailurePathsTest {
    private static final MotoServer MOTO = MotoServer.shared();
    private static final String NAME = "boto4j.client.requests";

    private final TestObservationRegistry registry = TestObservationRegistry.create();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(HermeticAws.create())
            .withConfiguration(AutoConfigurations.of(Boto4jAutoConfiguration.class,
                    Boto4jEventsAutoConfiguration.class, Boto4jClientsAutoConfiguration.class,
                    Boto4jObservationAutoConfiguration.class))
            .withBean(TestObservationRegistry.class, () -> registry)
            .withPropertyValues("boto4j.region=eu-west-1", "boto4j.endpoint-url=" + MOTO.endpoint(),
                    "boto4j.clients.sqs.enabled=true", "boto4j.config.retries.total-max-attempts=1");

    private final ApplicationContextRunner withKeys = runner.withPropertyValues(
            "boto4j.credentials.access-key-id=testing", "boto4j.credentials.secret-access-key=testing-secret");

    @Test
    void aCallWithoutCredentialsStopsItsObservationAsAClientErrorNamedNoCredentialsError() {
        runner.run(context -> {
            Client sqs = context.getBean("sqsClient", Client.class);
            assertThatThrownBy(() -> sqs.call("ListQueues", Map.of())).isInstanceOf(NoCredentialsError.class);
            assertOneStopped("sqs", "ListQueues", "CLIENT_ERROR", "NoCredentialsError");
        });
    }

    @Test
    void aCallFailingValidationIsObservedAndStoppedThoughNothingWasSent() {
        withKeys.run(context -> {
            Client sqs = context.getBean("sqsClient", Client.class);
            assertThatThrownBy(() -> sqs.call("SendMessage", Map.of("QueueUrl", MOTO.endpoint() + "/1/q")))
                    .isInstanceOf(ParamValidationError.class);
            assertOneStopped("sqs", "SendMessage", "CLIENT_ERROR", "ParamValidationError");
        });
    }

    @Test
    void aCallWhoseEndpointCannotBeResolvedIsObservedAndStopped() {
        // the S3 rule set refuses Accelerate together with a custom endpoint (botocore: EndpointResolutionError)
        withKeys.withPropertyValues("boto4j.clients.s3.config.s3.use-accelerate-endpoint=true").run(context -> {
            Client s3 = context.getBean("s3Client", Client.class);
            assertThatThrownBy(() -> s3.call("ListObjectsV2", Map.of("Bucket", "observed")))
                    .isInstanceOf(EndpointResolutionError.class)
                    .hasMessageContaining("A custom endpoint cannot be combined with S3 Accelerate");
            assertOneStopped("s3", "ListObjectsV2", "CLIENT_ERROR", "EndpointResolutionError");
        });
    }

    @Test
    void aHandlerThrowingAfterBeforeCallStopsTheObservationWithItsException() {
        withKeys.run(context -> {
            Client sqs = context.getBean("sqsClient", Client.class);
            sqs.meta().events().register("before-sign.sqs.ListQueues", (name, kwargs) -> {
                throw new IllegalStateException("refused by a test handler");
            });
            assertThatThrownBy(() -> sqs.call("ListQueues", Map.of())).hasMessage("refused by a test handler");
            assertOneStopped("sqs", "ListQueues", "CLIENT_ERROR", "IllegalStateException");
        });
    }

    @Test
    void anAfterCallHandlerThrowingStillLeavesExactlyOneStoppedObservation() {
        withKeys.run(context -> {
            Client sqs = context.getBean("sqsClient", Client.class);
            sqs.meta().events().registerFirst("after-call.sqs.ListQueues", (name, kwargs) -> {
                throw new IllegalArgumentException("after-call refused");
            });
            assertThatThrownBy(() -> sqs.call("ListQueues", Map.of())).hasMessage("after-call refused");
            assertOneStopped("sqs", "ListQueues", "CLIENT_ERROR", "IllegalArgumentException");
        });
    }

    @Test
    void aCallWithNoResponseAtAllIsAnIoError() {
        withKeys.withPropertyValues("boto4j.endpoint-url=http://127.0.0.1:1").run(context -> {
            Client sqs = context.getBean("sqsClient", Client.class);
            assertThatThrownBy(() -> sqs.call("ListQueues", Map.of())).isInstanceOf(RuntimeException.class);
            assertOneStopped("sqs", "ListQueues", "IO_ERROR", "none");
        });
    }

    private void assertOneStopped(String service, String operation, String outcome, String errorCode) {
        TestObservationRegistryAssert.assertThat(registry)
                .hasNumberOfObservationsWithNameEqualTo(NAME, 1)
                .hasObservationWithNameEqualTo(NAME).that()
                .hasBeenStarted().hasBeenStopped()
                .hasLowCardinalityKeyValue("service", service)
                .hasLowCardinalityKeyValue("operation", operation)
                .hasLowCardinalityKeyValue("outcome", outcome)
                .hasLowCardinalityKeyValue("error.code", errorCode)
                .hasError();
        assertThat(registry.getCurrentObservation()).isNull();
    }
}
