package io.boto4j.spring.autoconfigure;

import io.boto4j.Session;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The boto4j session and clients as beans. Properties under {@code boto4j.*} are laid over the SDK's own
 * configuration chain; they never replace it.
 */
@AutoConfiguration
@ConditionalOnClass(Session.class)
@EnableConfigurationProperties(Boto4jProperties.class)
@Import(ClientBeansRegistrar.class)
public final class Boto4jAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Session boto4jSession(Boto4jProperties properties, ObjectProvider<SessionCustomizer> customizers) {
        Session.Builder builder = Session.builder();
        if (properties.getRegion() != null) {
            builder.regionName(properties.getRegion());
        }
        if (properties.getProfile() != null) {
            builder.profileName(properties.getProfile());
        }
        Boto4jProperties.Credentials c = properties.getCredentials();
        if (c.getAccessKeyId() != null) {
            builder.awsAccessKeyId(c.getAccessKeyId()).awsSecretAccessKey(c.getSecretAccessKey())
                    .awsSessionToken(c.getSessionToken());
        }
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    @Bean
    @ConditionalOnMissingBean
    ClientFactory boto4jClientFactory(Session session, Boto4jProperties properties,
                                      ObjectProvider<ClientCustomizer> customizers) {
        return new ClientFactory(session, properties, customizers.orderedStream().toList());
    }
}
