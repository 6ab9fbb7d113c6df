package io.boto4j.spring.autoconfigure;

import io.boto4j.client.ClientOptions;

/**
 * Changes the options of a client bean before it is built. {@code serviceName} is the service the bean is for
 * (botocore's name: {@code s3}, {@code cloudwatch-logs}), so one customizer can serve all clients or pick some.
 * Every bean of this type is applied, in {@code @Order}, after the properties and the {@link ConfigCustomizer}s.
 */
@FunctionalInterface
public interface ClientCustomizer {
    void customize(String serviceName, ClientOptions.Builder options);
}
