package io.boto4j.spring.autoconfigure;

import io.boto4j.config.Config;

/**
 * Changes the {@link Config} of a client bean after the {@code boto4j.config} properties are applied and before
 * the {@link ClientCustomizer}s run. Every bean of this type is applied, in {@code @Order}.
 */
@FunctionalInterface
public interface ConfigCustomizer {
    void customize(String serviceName, Config.Builder config);
}
