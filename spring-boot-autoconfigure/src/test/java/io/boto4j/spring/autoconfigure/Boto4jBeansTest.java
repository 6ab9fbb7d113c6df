package io.boto4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.config.ConfigOption;
import io.boto4j.resource.ServiceResource;
import io.boto4j.spring.testsupport.HermeticAws;
import io.boto4j.testsupport.MotoServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

class Boto4jBeansTest {
    private static final MotoServer MOTO = MotoServer.shared();

    private final ApplicationContextRunner runner = Runners.on(HermeticAws.create())
            .withPropertyValues("boto4j.region=eu-west-1", "boto4j.credentials.access-key-id=testing",
                    "boto4j.credentials.secret-access-key=testing-secret", "boto4j.endpoint-url=" + MOTO.endpoint());

    @Test
    void declaresAClientBeanPerEnabledServiceNamedInCamelCase() {
        runner.withPropertyValues("boto4j.clients.sqs.enabled=true", "boto4j.clients.cognito-idp.enabled=true",
                        "boto4j.clients.sns.enabled=false")
                .run(context -> {
                    assertThat(context).hasBean("sqsClient").hasBean("cognitoIdpClient").doesNotHaveBean("snsClient");
                    assertThat(context.getBean("cognitoIdpClient", Client.class).meta().serviceModel().endpointPrefix())
                            .isEqualTo("cognito-idp");
                    Map<String, Object> queue = context.getBean("sqsClient", Client.class)
                            .call("CreateQueue", Map.of("QueueName", "beans-" + System.nanoTime()));
                    assertThat((String) queue.get("QueueUrl")).startsWith(MOTO.endpoint());
                });
    }

    @Test
    void declaresAServiceResourceBeanPerEnabledResourceQualifiedByItsService() {
        runner.withPropertyValues("boto4j.clients.sqs.enabled=true", "boto4j.resources.sqs.enabled=true",
                        "boto4j.resources.s3.enabled=false", "boto4j.clients.sqs.config.retries.total-max-attempts=2")
                .withUserConfiguration(UsesSqsResource.class)
                .run(context -> {
                    assertThat(context).hasBean("sqsResource").doesNotHaveBean("s3Resource");
                    ServiceResource sqs = context.getBean(UsesSqsResource.class).sqs;
                    assertThat(sqs).isSameAs(context.getBean("sqsResource"));
                    // the resource's client is configured as the sqs client bean is
                    assertThat(sqs.meta().client().meta().config().totalMaxAttempts()).isEqualTo(2);
                    String url = context.getBean("sqsClient", Client.class)
                            .call("CreateQueue", Map.of("QueueName", "res-" + System.nanoTime())).getString("QueueUrl");
                    sqs.resource("Queue", url).action("send_message", Map.of("MessageBody", "hello"));
                    assertThat(sqs.resource("Queue", url).actionResources("receive_messages",
                            Map.of("WaitTimeSeconds", 1))).hasSize(1);
                });
    }

    static class UsesSqsResource {
        final ServiceResource sqs;

        UsesSqsResource(@org.springframework.beans.factory.annotation.Qualifier("sqs") ServiceResource sqs) {
            this.sqs = sqs;
        }
    }

    @Test
    void aServiceMayBeNamedByItsEventNameAsInTheIssuesContract() {
        // boto4j.clients.cloudwatch-logs is botocore's "logs" (service id "CloudWatch Logs"), bean cloudwatchLogsClient
        runner.withPropertyValues("boto4j.clients.cloudwatch-logs.enabled=true",
                        "boto4j.clients.cloudwatch-logs.region=us-west-2")
                .run(context -> {
                    Client logs = context.getBean("cloudwatchLogsClient", Client.class);
                    assertThat(logs.meta().serviceModel().serviceName()).isEqualTo("logs");
                    assertThat(logs.meta().regionName()).isEqualTo("us-west-2");
                    assertThat(logs.call("DescribeLogGroups", Map.of())).containsKey("logGroups");
                });
    }

    @Test
    void clientsAreInjectableByQualifierAndThroughObjectProvider() {
        runner.withPropertyValues("boto4j.clients.sns.enabled=true", "boto4j.clients.sqs.enabled=true")
                .withUserConfiguration(UsesSns.class)
                .run(context -> {
                    UsesSns user = context.getBean(UsesSns.class);
                    assertThat(user.sns.meta().serviceModel().endpointPrefix()).isEqualTo("sns");
                    assertThat(user.sqs.meta().serviceModel().endpointPrefix()).isEqualTo("sqs");
                    assertThat(user.sns.call("ListTopics", Map.of())).containsKey("ResponseMetadata");
                });
    }

    @Test
    void clientBeansAreNotBuiltBeforeUseUnderLazyInitialisation() {
        runner.withPropertyValues("boto4j.clients.sqs.enabled=true", "spring.main.lazy-initialization=true")
                .withInitializer(c -> c.addBeanFactoryPostProcessor(
                        new org.springframework.boot.LazyInitializationBeanFactoryPostProcessor()))
                .run(context -> {
                    assertThat(context.getBeanFactory().containsSingleton("sqsClient")).isFalse();
                    assertThat(context.getBean("sqsClient")).isInstanceOf(Client.class);
                    assertThat(context.getBeanFactory().containsSingleton("sqsClient")).isTrue();
                });
    }

    @Test
    void clientBeanDefinitionsHaveATargetTypeAQualifierAndCloseTheClient() {
        runner.withPropertyValues("boto4j.clients.sqs.enabled=true").run(context -> {
            var definition = (org.springframework.beans.factory.support.AbstractBeanDefinition)
                    context.getBeanFactory().getMergedBeanDefinition("sqsClient");
            assertThat(definition.getResolvableType().resolve()).isEqualTo(Client.class);
            assertThat(definition.getQualifier(Qualifier.class.getName()).getAttribute("value")).isEqualTo("sqs");
            assertThat(definition.getDestroyMethodNames()).containsExactly("close");
            assertThat(definition.getInstanceSupplier()).as("AOT can write out a factory method, not a lambda").isNull();
        });
    }

    @Test
    void customizersRunInOrderAndConfigCustomizersSeeThePropertyConfig() {
        runner.withPropertyValues("boto4j.clients.sqs.enabled=true", "boto4j.config.read-timeout=7s")
                .withUserConfiguration(OrderedCustomizers.class)
                .run(context -> {
                    OrderedCustomizers c = context.getBean(OrderedCustomizers.class);
                    assertThat(c.calls).containsExactly("session-1", "session-2", "config:sqs", "client-1:sqs",
                            "client-2:sqs");
                    Client sqs = context.getBean("sqsClient", Client.class);
                    assertThat(sqs.meta().config().get(ConfigOption.READ_TIMEOUT)).isEqualTo(Duration.ofSeconds(7));
                    assertThat(sqs.meta().config().get(ConfigOption.CONNECT_TIMEOUT)).isEqualTo(Duration.ofSeconds(3));
                    assertThat(sqs.meta().regionName()).isEqualTo("us-east-2");
                });
    }

    @Test
    void configPropertiesBecomeTheClientsConfigAndPerClientValuesWin() {
        runner.withPropertyValues("boto4j.clients.s3.enabled=true", "boto4j.clients.sqs.enabled=true",
                        "boto4j.config.retries.mode=adaptive", "boto4j.config.retries.total-max-attempts=7",
                        "boto4j.config.connect-timeout=2500ms", "boto4j.config.max-pool-connections=3",
                        "boto4j.config.s3.addressing-style=path", "boto4j.config.tcp-keepalive=true",
                        "boto4j.clients.s3.config.retries.total-max-attempts=2")
                .run(context -> {
                    var sqs = context.getBean("sqsClient", Client.class).meta().config();
                    assertThat(sqs.retryMode()).isEqualTo("adaptive");
                    assertThat(sqs.totalMaxAttempts()).isEqualTo(7);
                    assertThat(sqs.get(ConfigOption.CONNECT_TIMEOUT)).isEqualTo(Duration.ofMillis(2500));
                    assertThat(sqs.get(ConfigOption.MAX_POOL_CONNECTIONS)).isEqualTo(3);
                    assertThat(sqs.get(ConfigOption.TCP_KEEPALIVE)).isTrue();
                    var s3 = context.getBean("s3Client", Client.class).meta().config();
                    assertThat(s3.retryMode()).isEqualTo("adaptive");
                    assertThat(s3.totalMaxAttempts()).isEqualTo(2);
                    assertThat(s3.s3AddressingStyle()).isEqualTo("path");
                });
    }

    @Test
    void anUnknownServiceNameFailsTheStartWithASuggestion() {
        runner.withPropertyValues("boto4j.clients.sqss.enabled=true").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).isInstanceOf(UnknownServicePropertyException.class)
                    .hasMessageContaining("boto4j.clients.sqss").hasMessageContaining("did you mean sqs");
        });
    }

    @Test
    void aBadConfigValueFailsTheStartNamingThePropertyAndTheValidValues() {
        runner.withPropertyValues("boto4j.config.retries.mode=bogus").run(context -> {
            assertThat(context).hasFailed();
            InvalidBoto4jPropertyException e = findCause(context.getStartupFailure());
            assertThat(e.getProperty()).isEqualTo("boto4j.config.retries.mode");
            assertThat(e.getReason()).contains("bogus").contains("standard").contains("adaptive").contains("legacy");
        });
    }

    @Test
    void anUnknownConfigOptionFailsTheStartWithASuggestion() {
        runner.withPropertyValues("boto4j.config.read-timout=5s").run(context -> {
            InvalidBoto4jPropertyException e = findCause(context.getStartupFailure());
            assertThat(e.getProperty()).isEqualTo("boto4j.config.read-timout");
            assertThat(e.getReason()).contains("did you mean 'read-timeout'");
        });
    }

    @Test
    void backsOffWhenTheApplicationDefinesItsOwnSession() {
        runner.withUserConfiguration(OwnSession.class).withPropertyValues("boto4j.clients.sqs.enabled=true")
                .run(context -> {
                    assertThat(context.getBean(Session.class).regionName()).isEqualTo("ap-south-1");
                    assertThat(context.getBean("sqsClient", Client.class).meta().regionName()).isEqualTo("ap-south-1");
                });
    }

    @Test
    void connectionDetailsBeanReplacesTheEndpointAndRegionProperties() {
        runner.withUserConfiguration(OwnConnection.class).withPropertyValues("boto4j.clients.sqs.enabled=true")
                .run(context -> {
                    assertThat(context).getBeans(Boto4jConnectionDetails.class).hasSize(1);
                    Client sqs = context.getBean("sqsClient", Client.class);
                    assertThat(sqs.meta().endpointUrl()).isEqualTo("http://127.0.0.1:9");
                    assertThat(sqs.meta().regionName()).isEqualTo("ca-central-1");
                });
    }

    @Test
    void neverShowsSecretsInThePropertiesOrConnectionDetails() {
        runner.withPropertyValues("boto4j.credentials.access-key-id=AKIDEXAMPLE",
                "boto4j.credentials.secret-access-key=super-secret-value").run(context -> {
                    String text = context.getBean(Boto4jProperties.class) + " "
                            + context.getBean(Boto4jConnectionDetails.class) + " " + context.getBean(Session.class);
                    assertThat(text).doesNotContain("super-secret-value").doesNotContain("AKIDEXAMPLE");
                });
    }

    private static InvalidBoto4jPropertyException findCause(Throwable t) {
        while (t != null && !(t instanceof InvalidBoto4jPropertyException)) {
            t = t.getCause();
        }
        assertThat(t).isNotNull();
        return (InvalidBoto4jPropertyException) t;
    }

    @Configuration(proxyBeanMethods = false)
    static class UsesSns {
        Client sns;
        Client sqs;

        @Bean
        Object snsUser(@Qualifier("sns") Client sns, @Qualifier("sqs") ObjectProvider<Client> sqs) {
            this.sns = sns;
            this.sqs = sqs.getObject();
            return "user";
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OrderedCustomizers {
        final List<String> calls = new ArrayList<>();

        @Bean
        @Order(2)
        ClientCustomizer second() {
            return (service, options) -> calls.add("client-2:" + service);
        }

        @Bean
        @Order(1)
        ClientCustomizer first() {
            return (service, options) -> {
                calls.add("client-1:" + service);
                options.regionName("us-east-2");
            };
        }

        @Bean
        ConfigCustomizer config() {
            return (service, config) -> {
                calls.add("config:" + service);
                config.connectTimeout(Duration.ofSeconds(3));
            };
        }

        @Bean
        @Order(2)
        SessionCustomizer sessionSecond() {
            return builder -> calls.add("session-2");
        }

        @Bean
        @Order(1)
        SessionCustomizer sessionFirst() {
            return builder -> calls.add("session-1");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnSession {
        @Bean
        Session session() {
            return Session.builder().regionName("ap-south-1").awsAccessKeyId("a").awsSecretAccessKey("b")
                    .environment(Map.of()).build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnConnection {
        @Bean
        Boto4jConnectionDetails localstack() {
            return new Boto4jConnectionDetails() {
                public String endpointUrl() {
                    return "http://127.0.0.1:9";
                }

                public String region() {
                    return "ca-central-1";
                }

                public String accessKeyId() {
                    return "test";
                }

                public String secretAccessKey() {
                    return "test";
                }
            };
        }
    }
}
