package io.boto4j.spring.autoconfigure.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.boto4j.client.Client;
import io.boto4j.spring.autoconfigure.Boto4jAutoConfiguration;
import io.boto4j.spring.autoconfigure.Boto4jClientsAutoConfiguration;
import io.boto4j.spring.autoconfigure.Boto4jEventsAutoConfiguration;
import io.boto4j.spring.testsupport.HermeticAws;
import io.boto4j.testsupport.MotoServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Each start-up report, shown by starting an application that fails on a controlled machine. */
@ExtendWith(OutputCaptureExtension.class)
class FailureReportsTest {

    @Test
    void noRegionNamesTheClientAndEverySourceOfARegion(CapturedOutput output) {
        fails(HermeticAws.create(), App.class, "--boto4j.clients.sqs.enabled=true");
        assertThat(output).contains("APPLICATION FAILED TO START").contains("No AWS region for bean 'sqsClient'")
                .contains("boto4j.region").contains("AWS_REGION").contains("~/.aws/config");
    }

    @Test
    void noCredentialsListsEveryProviderTriedInOrderAndWhy(CapturedOutput output) {
        fails(HermeticAws.create(), CallsSqsAtStart.class, "--boto4j.region=eu-west-1",
                "--boto4j.clients.sqs.enabled=true", "--boto4j.endpoint-url=" + MotoServer.shared().endpoint());
        assertThat(output).contains("No AWS credentials")
                .containsPattern("1\\. env\\s+AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY are not set")
                .containsPattern("\\d+\\. shared-credentials-file\\s+no aws_access_key_id")
                .containsPattern("\\d+\\. iam-role\\s+the instance metadata service")
                .contains("boto4j.credentials.access-key-id");
        assertThat(output.toString().indexOf(". env ")).isLessThan(output.toString().indexOf(". iam-role "));
    }

    @Test
    void unknownServiceSuggestsTheCloseName(CapturedOutput output) {
        fails(HermeticAws.create(), App.class, "--boto4j.clients.dynamdb.enabled=true");
        assertThat(output).contains("Property boto4j.clients.dynamdb names an unknown service 'dynamdb'")
                .contains("Did you mean boto4j.clients.dynamodb?");
    }

    @Test
    void malformedConfigFileNamesThePathAndLine(CapturedOutput output) {
        HermeticAws machine = HermeticAws.create().config("[default]\nregion = eu-west-1\nthis line is broken\n");
        fails(machine, App.class, "--boto4j.region=eu-west-1");
        assertThat(output).contains("An AWS shared configuration file could not be read")
                .contains(machine.configFile().toString()).contains("line 3");
    }

    @Test
    void badPropertyValueNamesThePropertyAndTheValidValues(CapturedOutput output) {
        fails(HermeticAws.create(), App.class, "--boto4j.config.retries.mode=bogus");
        assertThat(output).contains("Property: boto4j.config.retries.mode").contains("Value: bogus")
                .contains("standard").contains("legacy").contains("adaptive");
    }

    private static void fails(HermeticAws machine, Class<?> app, String... args) {
        SpringApplication application = new SpringApplication(app);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.addInitializers(machine);
        assertThatThrownBy(() -> application.run(args).close()).isInstanceOf(RuntimeException.class);
    }

    @Configuration(proxyBeanMethods = false)
    @Import({Boto4jAutoConfiguration.class, Boto4jEventsAutoConfiguration.class, Boto4jClientsAutoConfiguration.class})
    static class App {
    }

    @Configuration(proxyBeanMethods = false)
    @Import(App.class)
    static class CallsSqsAtStart {
        @Bean
        ApplicationRunner listQueues(@Qualifier("sqs") Client sqs) {
            return args -> sqs.call("ListQueues", Map.of());
        }
    }
}
