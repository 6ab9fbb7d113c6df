package io.boto4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.boto4j.client.Client;
import io.boto4j.spring.testsupport.HermeticAws;
import io.boto4j.testsupport.MotoServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The SDK logs through System.Logger; in a Spring Boot application {@code logging.level.io.boto4j.*} switches it on
 * like any other logger, and what reaches the application's log is redacted.
 */
@SpringBootTest(properties = {"boto4j.region=us-east-1", "boto4j.clients.sqs.enabled=true",
        "boto4j.credentials.access-key-id=AKIDSPRINGLOGGING", "boto4j.credentials.secret-access-key=" + SdkLoggingSpringBootTest.SECRET,
        "logging.level.io.boto4j.call=debug", "logging.level.io.boto4j.wire=trace"})
@ContextConfiguration(initializers = SdkLoggingSpringBootTest.Machine.class)
@ExtendWith(OutputCaptureExtension.class)
class SdkLoggingSpringBootTest {
    static final String SECRET = "SpringLoggedSecretMustNotAppear0123456789";
    private static final MotoServer MOTO = MotoServer.shared();

    @DynamicPropertySource
    static void moto(DynamicPropertyRegistry registry) {
        registry.add("boto4j.endpoint-url", MOTO::endpoint);
    }

    @Autowired
    Client sqsClient;

    @Test
    void loggingLevelPropertiesSwitchOnTheCallAndWireLogsWithoutSecrets(CapturedOutput output) {
        sqsClient.call("CreateQueue", Map.of("QueueName", "logged-" + System.nanoTime()));

        assertThat(output.getAll()).contains("sqs.CreateQueue -> HTTP 200 in 1 attempt")
                .contains("sqs.CreateQueue attempt 1 request: POST")
                .doesNotContain(SECRET);
        assertThat(output.getAll()).containsPattern("(?i)authorization: \\*\\*\\*");
    }

    static class Machine implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            HermeticAws.create().initialize(context);
        }
    }

    @SpringBootConfiguration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class App {
    }
}
