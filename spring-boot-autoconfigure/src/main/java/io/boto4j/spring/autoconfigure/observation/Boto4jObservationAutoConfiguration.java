package io.boto4j.spring.autoconfigure.observation;

import io.boto4j.Session;
import io.boto4j.spring.autoconfigure.Boto4jAutoConfiguration;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * One {@code boto4j.client.requests} observation per SDK call, when an {@link ObservationRegistry} exists (Spring
 * Boot's {@code spring-boot-micrometer-observation}). Metrics (the timer and the {@code .retries} counter) and
 * traces come from this one instrumentation through the registry's handlers; Boot's {@code ObservationPredicate}s
 * and {@code ObservationFilter}s apply as to any observation. Without a registry nothing is registered on the
 * SDK's events, so calls pay nothing.
 */
@AutoConfiguration(after = Boto4jAutoConfiguration.class,
        afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass({Session.class, ObservationRegistry.class})
@ConditionalOnBean(ObservationRegistry.class)
public final class Boto4jObservationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    SdkCallObservationConvention boto4jObservationConvention() {
        return new DefaultSdkCallObservationConvention();
    }

    /** Registers the observer on every {@link Session} bean, the application's own included, before clients exist. */
    @Bean
    static BeanPostProcessor boto4jSessionObservationPostProcessor(ObjectProvider<ObservationRegistry> registry,
                                                                   ObjectProvider<SdkCallObservationConvention> convention) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof Session session) {
                    new SdkCallObserver(registry.getObject(),
                            convention.getIfAvailable(DefaultSdkCallObservationConvention::new))
                            .registerOn(session.events());
                }
                return bean;
            }
        };
    }
}
