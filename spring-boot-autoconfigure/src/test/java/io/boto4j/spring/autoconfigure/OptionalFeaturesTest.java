package io.boto4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.boto4j.spring.autoconfigure.configimport.Boto4jConfigImportAutoConfiguration;
import io.boto4j.spring.autoconfigure.health.Boto4jHealthAutoConfiguration;
import io.boto4j.spring.autoconfigure.health.Boto4jInfoAutoConfiguration;
import io.boto4j.spring.autoconfigure.local.Boto4jLocalBackendAutoConfiguration;
import io.boto4j.spring.autoconfigure.observation.Boto4jObservationAutoConfiguration;
import io.boto4j.spring.autoconfigure.service.Boto4jServiceConnectionAutoConfiguration;
import io.boto4j.Session;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Part 2's features are optional: without their modules an application starts with the core beans only. */
class OptionalFeaturesTest {

    @Test
    void startsWithTheCoreBeansOnlyWhenNoOptionalModuleIsPresent() {
        new ApplicationContextRunner()
                .withClassLoader(new FilteredClassLoader("org.springframework.boot.health", "io.micrometer.observation",
                        "org.springframework.boot.actuate", "org.testcontainers",
                        "org.springframework.boot.docker", "org.springframework.boot.testcontainers"))
                .withConfiguration(AutoConfigurations.of(Boto4jAutoConfiguration.class,
                        io.boto4j.spring.autoconfigure.Boto4jEventsAutoConfiguration.class,
                        io.boto4j.spring.autoconfigure.Boto4jClientsAutoConfiguration.class,
                        Boto4jObservationAutoConfiguration.class, Boto4jHealthAutoConfiguration.class,
                        Boto4jInfoAutoConfiguration.class, Boto4jLocalBackendAutoConfiguration.class,
                        Boto4jConfigImportAutoConfiguration.class, Boto4jServiceConnectionAutoConfiguration.class))
                .withPropertyValues("boto4j.region=eu-west-1", "boto4j.clients.s3.enabled=true")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(Session.class).hasBean("s3Client")
                            .doesNotHaveBean("boto4jHealthContributor").doesNotHaveBean("boto4jInfoContributor")
                            .doesNotHaveBean("boto4jImportedValuesSanitizer")
                            .doesNotHaveBean("boto4jEmulatorConnectionCustomizer")
                            .doesNotHaveBean("boto4jLocalBackend");
                });
    }
}
