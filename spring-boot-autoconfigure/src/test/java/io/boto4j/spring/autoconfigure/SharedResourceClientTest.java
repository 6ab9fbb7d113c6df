package io.boto4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.boto4j.client.Client;
import io.boto4j.config.ConfigOption;
import io.boto4j.resource.ServiceResource;
import io.boto4j.spring.testsupport.HermeticAws;
import io.boto4j.testsupport.MotoServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * A {@code <service>Resource} bean is built over its service's {@code <service>Client} bean: one configuration, one
 * connection pool, one close; and a {@link ClientCustomizer} sets a single Config option in one call.
 */
class SharedResourceClientTest {
    private static final MotoServer MOTO = MotoServer.shared();

    private final ApplicationContextRunner runner = Runners.on(HermeticAws.create())
            .withPropertyValues("boto4j.region=eu-west-1", "boto4j.credentials.access-key-id=testing",
                    "boto4j.credentials.secret-access-key=testing-secret", "boto4j.endpoint-url=" + MOTO.endpoint());

    @Test
    void theResourceBeanUsesTheClientBeanAndItsSingleConnectionPool() {
        runner.withPropertyValues("boto4j.clients.sqs.enabled=true", "boto4j.resources.sqs.enabled=true",
                        "boto4j.clients.sqs.config.retries.total-max-attempts=2")
                .run(context -> {
                    Client client = context.getBean("sqsClient", Client.class);
                    ServiceResource resource = context.getBean("sqsResource", ServiceResource.class);
                    assertThat(resource.meta().client()).isSameAs(client);
                    String url = client.call("CreateQueue", Map.of("QueueName", "shared-" + System.nanoTime()))
                            .getString("QueueUrl");
                    resource.resource("Queue", url).action("send_message", Map.of("MessageBody", "one pool"));
                    // one HTTP client, so one connection pool, serves both beans
                    assertThat(resource.meta().client().httpClient()).isSameAs(client.httpClient());
                    assertThat(resource.meta().client().meta().config().get(ConfigOption.RETRIES_TOTAL_MAX_ATTEMPTS))
                            .isEqualTo(2);
                });
    }

    @Test
    void closingTheContextClosesTheSharedClientOnceAndTheResourceNotAtAll() {
        runner.withPropertyValues("boto4j.clients.sqs.enabled=true", "boto4j.resources.sqs.enabled=true",
                        "boto4j.resources.sns.enabled=true")
                .run(context -> {
                    var factory = context.getBeanFactory();
                    // sqs shares the sqsClient bean, so its resource must not close it a second time
                    assertThat(factory.getMergedBeanDefinition("sqsResource").getDestroyMethodName()).isEmpty();
                    assertThat(factory.getMergedBeanDefinition("sqsClient").getDestroyMethodName())
                            .isEqualTo("close");
                    // sns has no client bean: its resource owns its client and closes it
                    assertThat(factory.getMergedBeanDefinition("snsResource").getDestroyMethodName())
                            .isEqualTo("close");
                    assertThat(context.getBean("snsResource", ServiceResource.class).meta().client())
                            .isNotSameAs(context.getBean("sqsClient"));
                });
    }

    @Test
    void aCustomizerSetsOneConfigOptionInOneCallOverTheProperties() {
        runner.withPropertyValues("boto4j.clients.sqs.enabled=true", "boto4j.config.connect-timeout=3s")
                .withBean(ClientCustomizer.class, () -> (service, options) ->
                        options.config(ConfigOption.READ_TIMEOUT, Duration.ofSeconds(7)))
                .run(context -> {
                    Client sqs = context.getBean("sqsClient", Client.class);
                    assertThat(sqs.meta().config().get(ConfigOption.READ_TIMEOUT)).isEqualTo(Duration.ofSeconds(7));
                    assertThat(sqs.meta().config().get(ConfigOption.CONNECT_TIMEOUT))
                            .isEqualTo(Duration.ofSeconds(3));
                });
    }
}
