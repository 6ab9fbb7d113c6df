package io.boto4j.spring.autoconfigure;

import io.boto4j.Session;
import io.boto4j.credentials.CredentialResolver;
import io.boto4j.credentials.CredentialsProvider;
import io.boto4j.spring.events.SdkHandlerRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The boto4j {@link Session}, its credentials chain and where to connect. Properties under {@code boto4j.*} are
 * laid over the SDK's own chains; they never replace them. Application {@link CredentialsProvider} beans go at
 * the head of the chain, in {@code @Order}.
 */
@AutoConfiguration
@ConditionalOnClass(Session.class)
@EnableConfigurationProperties(Boto4jProperties.class)
public final class Boto4jAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(Boto4jConnectionDetails.class)
    PropertiesBoto4jConnectionDetails boto4jConnectionDetails(Boto4jProperties properties) {
        return new PropertiesBoto4jConnectionDetails(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    Boto4jSessionFactory boto4jSessionFactory(Boto4jConnectionDetails details, Boto4jProperties properties,
                                              Environment environment, ObjectProvider<SessionCustomizer> customizers,
                                              ObjectProvider<CredentialsProvider> credentialsProviders) {
        return new Boto4jSessionFactory(details, properties.getProfile(), environment,
                customizers.orderedStream().toList(), credentialsProviders.orderedStream().toList());
    }

    @Bean
    @ConditionalOnMissingBean
    Session boto4jSession(Boto4jSessionFactory sessions, ObjectProvider<SdkHandlerRegistry> handlers) {
        Session session = sessions.create();
        // before anyone can build a client from it, so session.client(...) gets the context's SDK handlers too
        handlers.ifAvailable(registry -> registry.attach(session.events()));
        return session;
    }

    @Bean
    @ConditionalOnMissingBean
    CredentialResolver boto4jCredentialResolver(Session session) {
        return session.credentialResolver();
    }
}
