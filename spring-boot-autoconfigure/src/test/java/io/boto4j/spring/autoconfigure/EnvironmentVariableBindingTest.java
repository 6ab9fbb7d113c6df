package io.boto4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.boto4j.client.Client;
import io.boto4j.config.ConfigOption;
import io.boto4j.spring.testsupport.HermeticAws;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Spring Boot's relaxed binding from environment variables reaches {@code boto4j.config.*} and
 * {@code boto4j.clients.<service>.*}. The environment is a controlled {@code SystemEnvironmentPropertySource}
 * (HermeticAws), never the process's. Environment names drop dashes ({@code CONNECTTIMEOUT}); a map key with a
 * dash ({@code cloudwatch-logs}) cannot be spelled with underscores, which Boot reads as dots, so it is written
 * without its dash ({@code CLOUDWATCHLOGS}) and the starter accepts that form as the same service.
 */
class EnvironmentVariableBindingTest {

    @Test
    void globalConfigOptionsBindFromEnvironmentVariables() {
        Runners.on(HermeticAws.create().env("BOTO4J_REGION", "eu-west-1")
                        .env("BOTO4J_CONFIG_RETRIES_MODE", "adaptive")
                        .env("BOTO4J_CONFIG_RETRIES_TOTALMAXATTEMPTS", "4")
                        .env("BOTO4J_CONFIG_CONNECTTIMEOUT", "3s")
                        .env("BOTO4J_CLIENTS_SQS_ENABLED", "true"))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    Client sqs = context.getBean("sqsClient", Client.class);
                    assertThat(sqs.meta().config().get(ConfigOption.RETRIES_MODE)).isEqualTo("adaptive");
                    assertThat(sqs.meta().config().get(ConfigOption.RETRIES_TOTAL_MAX_ATTEMPTS)).isEqualTo(4);
                    assertThat(sqs.meta().config().get(ConfigOption.CONNECT_TIMEOUT)).isEqualTo(Duration.ofSeconds(3));
                });
    }

    @Test
    void perClientValuesBindFromEnvironmentVariablesAndBeatGlobalOnes() {
        Runners.on(HermeticAws.create().env("BOTO4J_REGION", "us-east-1")
                        .env("BOTO4J_CONFIG_READTIMEOUT", "20s")
                        .env("BOTO4J_CLIENTS_S3_ENABLED", "true")
                        .env("BOTO4J_CLIENTS_S3_REGION", "eu-west-1")
                        .env("BOTO4J_CLIENTS_S3_CONFIG_READTIMEOUT", "9s")
                        .env("BOTO4J_CLIENTS_S3_CONFIG_S3_ADDRESSINGSTYLE", "path"))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    Client s3 = context.getBean("s3Client", Client.class);
                    assertThat(s3.meta().regionName()).isEqualTo("eu-west-1");
                    assertThat(s3.meta().config().get(ConfigOption.READ_TIMEOUT)).isEqualTo(Duration.ofSeconds(9));
                    assertThat(s3.meta().config().get(ConfigOption.S3_ADDRESSING_STYLE)).isEqualTo("path");
                });
    }

    @Test
    void aDashedServiceNameBindsFromItsEnvironmentFormWithoutTheDash() {
        Runners.on(HermeticAws.create().env("BOTO4J_REGION", "us-east-1")
                        .env("BOTO4J_CLIENTS_CLOUDWATCHLOGS_ENABLED", "true")
                        .env("BOTO4J_CLIENTS_CLOUDWATCHLOGS_REGION", "us-west-2"))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    Client logs = context.getBean("cloudwatchLogsClient", Client.class);
                    assertThat(logs.meta().serviceModel().serviceName()).isEqualTo("logs");
                    assertThat(logs.meta().regionName()).isEqualTo("us-west-2");
                });
    }
}
