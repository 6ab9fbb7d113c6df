package io.boto4j.spring.autoconfigure.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.boto4j.spring.autoconfigure.Boto4jAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class Boto4jHealthAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(Boto4jAutoConfiguration.class,
                        io.boto4j.spring.autoconfigure.Boto4jEventsAutoConfiguration.class,
                        io.boto4j.spring.autoconfigure.Boto4jClientsAutoConfiguration.class,
                    Boto4jHealthAutoConfiguration.class, Boto4jInfoAutoConfiguration.class))
            .withPropertyValues("boto4j.region=eu-west-1", "boto4j.credentials.access-key-id=testing",
                    "boto4j.credentials.secret-access-key=testing-secret", "boto4j.clients.s3.enabled=true");

    @Test
    void contributesHealthAndInfoByDefault() {
        runner.run(context -> assertThat(context).hasBean("boto4jHealthContributor")
                .hasSingleBean(Boto4jInfoContributor.class));
    }

    @Test
    void managementHealthBoto4jEnabledFalseSwitchesTheContributorOff() {
        runner.withPropertyValues("management.health.boto4j.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean("boto4jHealthContributor"));
    }

    @Test
    void bindsTheCheckOfEachClientFromItsOwnSettings() {
        runner.withPropertyValues("boto4j.clients.sqs.health.operation=GetQueueUrl",
                        "boto4j.clients.sqs.health.parameters.QueueName=orders", "boto4j.health.timeout=500ms")
                .run(context -> {
                    Boto4jClientHealthProperties checks = context.getBean(Boto4jClientHealthProperties.class);
                    assertThat(checks.getClients().get("sqs").getHealth().getOperation()).isEqualTo("GetQueueUrl");
                    assertThat(checks.getClients().get("sqs").getHealth().getParameters())
                            .containsEntry("QueueName", "orders");
                    assertThat(context.getBean(Boto4jHealthProperties.class).getTimeout().toMillis()).isEqualTo(500);
                    assertThat(context.getBean(Boto4jHealthProperties.class).getCacheTtl().toSeconds()).isEqualTo(10);
                });
    }
}
