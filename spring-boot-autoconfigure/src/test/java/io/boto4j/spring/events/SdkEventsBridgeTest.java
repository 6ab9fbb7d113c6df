package io.boto4j.spring.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.events.EventHandler;
import io.boto4j.spring.autoconfigure.Boto4jAutoConfiguration;
import io.boto4j.spring.autoconfigure.Boto4jClientsAutoConfiguration;
import io.boto4j.spring.autoconfigure.Boto4jEventsAutoConfiguration;
import io.boto4j.spring.testsupport.HermeticAws;
import io.boto4j.testsupport.MotoServer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

class SdkEventsBridgeTest {
    private static final MotoServer MOTO = MotoServer.shared();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(HermeticAws.create())
            .withConfiguration(AutoConfigurations.of(Boto4jAutoConfiguration.class,
                    Boto4jEventsAutoConfiguration.class, Boto4jClientsAutoConfiguration.class))
            .withPropertyValues("boto4j.region=eu-west-1", "boto4j.credentials.access-key-id=testing",
                    "boto4j.credentials.secret-access-key=testing-secret", "boto4j.endpoint-url=" + MOTO.endpoint(),
                    "boto4j.clients.sqs.enabled=true");

    @Test
    void sdkEventsMatchingThePublishPatternsReachEventListeners() {
        runner.withPropertyValues("boto4j.events.publish=after-call.sqs.ListQueues,before-send.sqs")
                .withUserConfiguration(Listener.class)
                .run(context -> {
                    context.getBean("sqsClient", Client.class).call("ListQueues", Map.of());
                    Listener listener = context.getBean(Listener.class);
                    assertThat(listener.names).containsExactly("before-send.sqs.ListQueues", "after-call.sqs.ListQueues");
                    assertThat(listener.last.getKwargs()).containsKey("parsed");
                    // the typed event is the SDK's own view of the same arguments
                    assertThat(listener.last.getEvent().operation()).isEqualTo("ListQueues");
                    assertThat(listener.last.getEvent().parsed()).isSameAs(listener.last.getKwargs().get("parsed"));
                });
    }

    @Test
    void aHandlerMethodMayTakeTheTypedEvent() {
        runner.withUserConfiguration(TypedRenamer.class).run(context -> {
            Client sqs = context.getBean("sqsClient", Client.class);
            String name = "typed-" + System.nanoTime();
            assertThat(sqs.call("CreateQueue", Map.of("QueueName", name)).getString("QueueUrl"))
                    .endsWith("/typed-renamed-" + name);
        });
    }

    @Test
    void withNothingToPublishNoSdkHandlerIsRegistered() {
        runner.run(context -> {
            Client sqs = context.getBean("sqsClient", Client.class);
            assertThat(context.getBean(SdkHandlerRegistry.class).isEmpty()).isTrue();
            assertThat(sqs.meta().events().hasHandlers("after-call.sqs.ListQueues")).isFalse();
            assertThat(sqs.meta().events().hasHandlers("before-send.sqs.ListQueues")).isFalse();
        });
    }

    @Test
    void anSdkEventHandlerMethodChangesTheRequestTheServerSees() {
        runner.withUserConfiguration(RenamesQueues.class).run(context -> {
            Client sqs = context.getBean("sqsClient", Client.class);
            String name = "bridge-" + System.nanoTime();
            String url = (String) sqs.call("CreateQueue", Map.of("QueueName", name)).get("QueueUrl");
            assertThat(url).endsWith("/renamed-" + name);
            assertThat(context.getBean(RenamesQueues.class).seen).containsExactly("provide-client-params.sqs.CreateQueue");
        });
    }

    @Test
    void clientsTheApplicationBuildsFromTheSessionBeanGetTheHandlersToo() {
        runner.withUserConfiguration(RenamesQueues.class).run(context -> {
            try (Client own = context.getBean(Session.class).client("sqs",
                    io.boto4j.client.ClientOptions.builder().endpointUrl(MOTO.endpoint()).build())) {
                String name = "own-" + System.nanoTime();
                assertThat((String) own.call("CreateQueue", Map.of("QueueName", name)).get("QueueUrl"))
                        .endsWith("/renamed-" + name);
            }
        });
    }

    @Test
    void anAnnotatedEventHandlerBeanIsRegisteredUnderItsPatterns() {
        runner.withUserConfiguration(CountingHandler.class).run(context -> {
            context.getBean("sqsClient", Client.class).call("ListQueues", Map.of());
            assertThat(context.getBean(CountingHandler.class).names).containsExactly("after-call.sqs.ListQueues");
        });
    }

    @Test
    void aHandlerMethodWithAnUnsupportedParameterFailsTheStartNamingIt() {
        runner.withUserConfiguration(BadHandler.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("BadHandler.wrong")
                    .hasMessageContaining("java.lang.Integer");
        });
    }

    @Test
    void contextStartAndCloseAreEmittedToSdkHandlersOfTheSession() {
        List<String> seen = new ArrayList<>();
        runner.withBean("sdkPlugin", Object.class, () -> "plugin")
                .withInitializer(c -> c.getBeanFactory().addBeanPostProcessor(
                        new org.springframework.beans.factory.config.BeanPostProcessor() {
                            @Override
                            public Object postProcessAfterInitialization(Object bean, String name) {
                                if (bean instanceof Session s) {
                                    EventHandler h = (event, kwargs) -> {
                                        seen.add(event + ":" + (kwargs.get("application_context") != null));
                                        return null;
                                    };
                                    s.events().register(LifecycleEventForwarder.STARTED, h);
                                    s.events().register(LifecycleEventForwarder.CLOSING, h);
                                }
                                return bean;
                            }
                        }))
                .run(context -> assertThat(seen).containsExactly("spring-application-started:true"));
        assertThat(seen).containsExactly("spring-application-started:true", "spring-application-closing:true");
    }

    @Configuration(proxyBeanMethods = false)
    static class Listener {
        final List<String> names = new ArrayList<>();
        SdkEvent last;

        @EventListener
        void on(SdkEvent event) {
            names.add(event.getEventName());
            last = event;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class RenamesQueues {
        final List<String> seen = new ArrayList<>();

        @SdkEventHandler("provide-client-params.sqs.CreateQueue")
        Map<String, Object> rename(String eventName, Map<String, Object> kwargs) {
            seen.add(eventName);
            @SuppressWarnings("unchecked")
            Map<String, Object> params = new LinkedHashMap<>((Map<String, Object>) kwargs.get("params"));
            params.put("QueueName", "renamed-" + params.get("QueueName"));
            return params;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TypedRenamer {
        @SdkEventHandler("provide-client-params.sqs.CreateQueue")
        Map<String, Object> rename(io.boto4j.events.Event event) {
            Map<String, Object> params = new LinkedHashMap<>(event.params());
            params.put("QueueName", "typed-renamed-" + params.get("QueueName"));
            return params;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @SdkEventHandler("after-call.sqs")
    static class CountingHandler implements EventHandler {
        final List<String> names = new ArrayList<>();

        @Override
        public Object handle(String eventName, Map<String, Object> kwargs) {
            names.add(eventName);
            return null;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class BadHandler {
        @SdkEventHandler("after-call.sqs")
        void wrong(Integer number) {
        }
    }
}
