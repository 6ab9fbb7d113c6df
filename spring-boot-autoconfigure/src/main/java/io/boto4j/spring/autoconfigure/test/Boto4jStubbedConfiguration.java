package io.boto4j.spring.autoconfigure.test;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Imported by {@link Boto4jStubbed}. */
@Configuration(proxyBeanMethods = false)
class Boto4jStubbedConfiguration {

    @Bean
    static Boto4jStubbers boto4jStubbers() {
        return new Boto4jStubbers();
    }
}
