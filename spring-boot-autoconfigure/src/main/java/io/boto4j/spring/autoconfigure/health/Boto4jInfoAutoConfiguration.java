package io.boto4j.spring.autoconfigure.health;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.spring.autoconfigure.Boto4jAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/** The {@code boto4j} info contributor; {@code management.info.boto4j.enabled=false} switches it off. */
@AutoConfiguration(after = Boto4jAutoConfiguration.class)
@ConditionalOnClass({Session.class, InfoContributor.class})
@ConditionalOnBean(Session.class)
@ConditionalOnProperty(prefix = "management.info.boto4j", name = "enabled", matchIfMissing = true)
public final class Boto4jInfoAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Boto4jInfoContributor boto4jInfoContributor(Session session, ObjectProvider<Client> clients) {
        return new Boto4jInfoContributor(session, clients.orderedStream().toList());
    }
}
