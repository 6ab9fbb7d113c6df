package io.boto4j.spring.autoconfigure;

import io.boto4j.Session;
import io.boto4j.spring.events.SdkHandlerRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * One {@code Client} bean per enabled {@code boto4j.clients.<service>}, named {@code <service>Client} and
 * qualified {@code @Qualifier("<service>")}, built by {@link Boto4jClientFactory}.
 */
@AutoConfiguration(after = Boto4jAutoConfiguration.class)
@ConditionalOnClass(Session.class)
@Import(ClientBeansRegistrar.class)
public final class Boto4jClientsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Boto4jClientFactory boto4jClientFactory(Session session, Boto4jSessionFactory sessions,
                                            Boto4jProperties properties, Boto4jConnectionDetails details,
                                            ObjectProvider<ConfigCustomizer> configCustomizers,
                                            ObjectProvider<ClientCustomizer> clientCustomizers,
                                            ObjectProvider<SdkHandlerRegistry> handlers,
                                            ObjectProvider<SslBundles> sslBundles) {
        return new Boto4jClientFactory(session, sessions, properties, details,
                configCustomizers.orderedStream().toList(), clientCustomizers.orderedStream().toList(),
                handlers.getIfAvailable(), new SslBundleContexts(sslBundles));
    }
}
