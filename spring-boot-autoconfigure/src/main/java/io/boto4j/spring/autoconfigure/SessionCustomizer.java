package io.boto4j.spring.autoconfigure;

import io.boto4j.Session;

/** Changes the session builder before the {@link Session} bean is built (every bean of this type is applied, in order). */
@FunctionalInterface
public interface SessionCustomizer {
    void customize(Session.Builder builder);
}
