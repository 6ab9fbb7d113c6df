package io.boto4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.testsupport.MotoServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class Boto4jAutoConfigurationTest {
    private static final MotoServer MOTO = MotoServer.shared();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(Boto4jAutoConfiguration.class))
            .withPropertyValues("boto4j.region=eu-west-1", "boto4j.credentials.access-key-id=testing",
                    "boto4j.credentials.secret-access-key=testing-secret", "boto4j.endpoint-url=" + MOTO.endpoint());

    @Test
    void exposesASessionConfiguredFromProperties() {
        runner.run(context -> {
            Session session = context.getBean(Session.class);
            assertThat(session.regionName()).isEqualTo("eu-west-1");
            assertThat(session.getCredentials().method()).isEqualTo("explicit");
        });
    }

    @Test
    void declaresAClientBeanPerConfiguredServiceThatTalksToTheEndpoint() {
        runner.withPropertyValues("boto4j.clients.sqs.enabled=true", "boto4j.clients.cloudwatch-logs.enabled=false",
                        "boto4j.clients.dynamodb.region=us-west-2")
                .run(context -> {
                    assertThat(context).hasBean("sqsClient").hasBean("dynamodbClient").doesNotHaveBean("cloudwatchLogsClient");
                    Client sqs = context.getBean("sqsClient", Client.class);
                    String url = (String) sqs.call("CreateQueue", Map.of("QueueName", "spring-" + System.nanoTime())).get("QueueUrl");
                    assertThat(url).startsWith(MOTO.endpoint());
                    assertThat(context.getBean("dynamodbClient", Client.class).meta().regionName()).isEqualTo("us-west-2");
                });
    }

    @Test
    void injectsClientsByServiceQualifierAndAppliesCustomizers() {
        runner.withPropertyValues("boto4j.clients.sns.enabled=true")
                .withUserConfiguration(UsesSns.class)
                .run(context -> {
                    UsesSns user = context.getBean(UsesSns.class);
                    assertThat(user.sns.meta().serviceModel().serviceName()).isEqualTo("sns");
                    assertThat(user.customized).containsExactly("sns");
                    assertThat(user.sns.call("ListTopics", Map.of())).containsKey("ResponseMetadata");
                });
    }

    @Test
    void backsOffWhenTheApplicationDefinesItsOwnSession() {
        runner.withUserConfiguration(OwnSession.class).run(context ->
                assertThat(context.getBean(Session.class).regionName()).isEqualTo("ap-south-1"));
    }

    @Test
    void neverShowsSecretsInTheProperties() {
        Boto4jProperties.Credentials c = new Boto4jProperties.Credentials();
        c.setAccessKeyId("AKIDEXAMPLE");
        c.setSecretAccessKey("super-secret-value");
        assertThat(c.toString()).doesNotContain("super-secret-value").doesNotContain("AKIDEXAMPLE");
    }

    @Configuration(proxyBeanMethods = false)
    static class UsesSns {
        final List<String> customized = new java.util.ArrayList<>();
        Client sns;

        @Bean
        ClientCustomizer recordingCustomizer() {
            return (service, options) -> customized.add(service);
        }

        @Bean
        Object snsUser(@Qualifier("sns") Client sns) {
            this.sns = sns;
            return sns;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnSession {
        @Bean
        Session session() {
            return Session.builder().regionName("ap-south-1").environment(Map.of()).build();
        }
    }
}
