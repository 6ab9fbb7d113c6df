package io.boto4j.spring.autoconfigure.health;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.spring.autoconfigure.Boto4jAutoConfiguration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code boto4j} health contributor ({@code /actuator/health/boto4j/<service>}): one component per client
 * bean, named by its service. Switched off by {@code management.health.boto4j.enabled=false}.
 */
@AutoConfiguration(after = Boto4jAutoConfiguration.class,
        beforeName = "org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration")
@ConditionalOnClass({Session.class, HealthContributor.class})
public final class Boto4jHealthAutoConfiguration {

    // Nested so that Boot's health condition is only read once spring-boot-health is known to be present.
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnEnabledHealthIndicator("boto4j")
    @EnableConfigurationProperties({Boto4jHealthProperties.class, Boto4jClientHealthProperties.class})
    static class ClientHealthConfiguration {

        @Bean
        ClientHealthChecks boto4jHealthChecks() {
            return new ClientHealthChecks();
        }

        @Bean
        @ConditionalOnMissingBean(name = "boto4jHealthContributor")
        HealthContributor boto4jHealthContributor(ConfigurableListableBeanFactory beans, ObjectProvider<Session> session,
                                                  Boto4jHealthProperties health, Boto4jClientHealthProperties checks,
                                                  ClientHealthChecks boto4jHealthChecks) {
            Map<String, ClientHealthIndicator> components = new LinkedHashMap<>();
            for (Map.Entry<String, Client> bean : beans.getBeansOfType(Client.class).entrySet()) {
                Client client = bean.getValue();
                String service = client.meta().serviceModel().serviceName();
                String name = components.containsKey(service) ? bean.getKey() : service;
                Boto4jClientHealthProperties.Client settings = checks.getClients().get(service);
                components.put(name, new ClientHealthIndicator(client, () -> session.getObject().getCredentials(),
                        settings == null ? null : settings.getHealth(), health.getCacheTtl(), health.getTimeout(),
                        boto4jHealthChecks.executor()));
            }
            return CompositeHealthContributor.fromMap(components);
        }
    }
}
