package io.boto4j.spring.autoconfigure;

import io.boto4j.client.ClientOptions;

/**
 * Changes the options of a client bean before it is built. {@code serviceName} is the service the bean is for,
 * so one customizer can serve all clients or pick some.
 */
@FunctionalInterface
public interface ClientCustomizer {
    void customize(String serviceName, ClientOptions.Builder options);
}
