package io.boto4j.spring.autoconfigure;

import io.boto4j.Session;

/**
 * Changes the session builder after the properties are applied and before the {@link Session} bean is built.
 * Every bean of this type is applied, in {@code @Order}. Setting {@code environment(...)} here replaces the
 * environment the starter passes (Spring's view of the process environment, with {@code boto4j.profile}).
 */
@FunctionalInterface
public interface SessionCustomizer {
    void customize(Session.Builder builder);
}
