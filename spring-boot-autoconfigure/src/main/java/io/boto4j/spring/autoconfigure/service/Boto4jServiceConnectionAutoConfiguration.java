package io.boto4j.spring.autoconfigure.service;

import io.boto4j.spring.autoconfigure.Boto4jAutoConfiguration;
import io.boto4j.spring.autoconfigure.Boto4jConnectionDetails;
import io.boto4j.spring.autoconfigure.ClientCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;

/**
 * Points every client at the emulator a service connection found (Testcontainers' {@code @ServiceConnection},
 * Docker Compose): its endpoint, region and keys win over the properties.
 */
@AutoConfiguration(after = Boto4jAutoConfiguration.class,
        afterName = "org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration")
// only a service connection (a container or a compose service) brings emulator details; the starter's own
// property-based details need no customizer
@ConditionalOnBean(EmulatorConnectionDetails.class)
public final class Boto4jServiceConnectionAutoConfiguration {

    @Bean
    ClientCustomizer boto4jEmulatorConnectionCustomizer(ObjectProvider<Boto4jConnectionDetails> details) {
        return (service, options) -> details.orderedStream()
                .filter(EmulatorConnectionDetails.class::isInstance)
                .findFirst()
                .ifPresent(d -> {
                    options.endpointUrl(d.endpointUrl()).regionName(d.region());
                    if (d.accessKeyId() != null) {
                        options.awsAccessKeyId(d.accessKeyId()).awsSecretAccessKey(d.secretAccessKey());
                    }
                });
    }
}
