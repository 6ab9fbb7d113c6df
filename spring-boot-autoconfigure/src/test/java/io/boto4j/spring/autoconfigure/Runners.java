package io.boto4j.spring.autoconfigure;

import io.boto4j.spring.testsupport.HermeticAws;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Context runners with the starter's auto-configurations over a controlled machine. */
final class Runners {
    private Runners() {
    }

    static ApplicationContextRunner on(HermeticAws machine) {
        return new ApplicationContextRunner()
                .withInitializer(machine)
                .withConfiguration(AutoConfigurations.of(Boto4jAutoConfiguration.class,
                        Boto4jEventsAutoConfiguration.class, Boto4jClientsAutoConfiguration.class));
    }
}
