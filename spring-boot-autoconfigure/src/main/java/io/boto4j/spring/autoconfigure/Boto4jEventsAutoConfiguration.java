package io.boto4j.spring.autoconfigure;

import io.boto4j.Session;
import io.boto4j.spring.events.LifecycleEventForwarder;
import io.boto4j.spring.events.SdkEventHandlerBeanPostProcessor;
import io.boto4j.spring.events.SdkEventPublisher;
import io.boto4j.spring.events.SdkHandlerRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;

/**
 * SDK events and Spring, both ways: {@code boto4j.events.publish} patterns become {@code SdkEvent} application
 * events; {@code @SdkEventHandler} bean methods become SDK handlers; the context's start and close are emitted as
 * {@value LifecycleEventForwarder#STARTED} and {@value LifecycleEventForwarder#CLOSING}.
 */
@AutoConfiguration(after = Boto4jAutoConfiguration.class, before = Boto4jClientsAutoConfiguration.class)
@ConditionalOnClass(Session.class)
public final class Boto4jEventsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    SdkHandlerRegistry boto4jSdkHandlerRegistry() {
        return new SdkHandlerRegistry();
    }

    @Bean
    static SdkEventHandlerBeanPostProcessor boto4jSdkEventHandlerBeanPostProcessor(
            ObjectProvider<SdkHandlerRegistry> registry) {
        return new SdkEventHandlerBeanPostProcessor(registry);
    }

    @Bean
    @ConditionalOnMissingBean
    SdkEventPublisher boto4jSdkEventPublisher(Boto4jProperties properties, SdkHandlerRegistry registry,
                                              ApplicationEventPublisher publisher) {
        return new SdkEventPublisher(properties.getEvents().getPublish(), registry, publisher);
    }

    @Bean
    @ConditionalOnMissingBean
    LifecycleEventForwarder boto4jLifecycleEventForwarder(Session session, SdkHandlerRegistry registry) {
        registry.attach(session.events()); // an application's own Session bean gets the handlers too
        return new LifecycleEventForwarder(session.events());
    }
}
