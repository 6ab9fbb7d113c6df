package io.boto4j.spring.autoconfigure.health;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.spring.autoconfigure.Boto4jAutoConfiguration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
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

/**
 * The {@code boto4j} health contributor ({@code /actuator/health/boto4j/<service>}): one component per client
 * bean, named by its service. Switched off by {@code management.health.boto4j.enabled=false}.
 */
@AutoConfiguration(after = Boto4jAutoConfiguration.class,
        beforeName = "org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration")
@ConditionalOnClass({Session.class, HealthContributor.class})
@ConditionalOnEnabledHealthIndicator("boto4j")
@EnableConfigurationProperties({Boto4jHealthProperties.class, Boto4jClientHealthProperties.class})
public final class Boto4jHealthAutoConfiguration {

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService boto4jHealthExecutor() {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "boto4j-health-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        return Executors.newCachedThreadPool(threads);
    }

    @Bean
    @ConditionalOnMissingBean(name = "boto4jHealthContributor")
    HealthContributor boto4jHealthContributor(ConfigurableListableBeanFactory beans, ObjectProvider<Session> session,
                                              Boto4jHealthProperties health, Boto4jClientHealthProperties checks,
                                              ExecutorService boto4jHealthExecutor) {
        Map<String, ClientHealthIndicator> components = new LinkedHashMap<>();
        for (Map.Entry<String, Client> bean : beans.getBeansOfType(Client.class).entrySet()) {
            Client client = bean.getValue();
            String service = client.meta().serviceModel().serviceName();
            String name = components.containsKey(service) ? bean.getKey() : service;
            Boto4jClientHealthProperties.Client settings = checks.getClients().get(service);
            components.put(name, new ClientHealthIndicator(client, () -> session.getObject().getCredentials(),
                    settings == null ? null : settings.getHealth(), health.getCacheTtl(), health.getTimeout(),
                    boto4jHealthExecutor));
        }
        return CompositeHealthContributor.fromMap(components);
    }
}
