package io.boto4j.spring.autoconfigure.local;

import io.boto4j.spring.autoconfigure.Boto4jAutoConfiguration;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The local backend's place in the context: {@link LocalBackendEnvironmentPostProcessor} started it before the
 * context existed; this stops it when the context closes, except while devtools reloads the application.
 */
@AutoConfiguration(after = Boto4jAutoConfiguration.class)
@ConditionalOnProperty(prefix = "boto4j.local", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(Boto4jLocalProperties.class)
public final class Boto4jLocalBackendAutoConfiguration {

    @Bean
    LocalBackendLifecycle boto4jLocalBackend(Boto4jLocalProperties properties, ApplicationContext context) {
        return new LocalBackendLifecycle(LocalBackends.running(properties), context.getClassLoader());
    }

    /** The running backend as a bean; stopping it is tied to the context's end. */
    public static final class LocalBackendLifecycle implements DisposableBean {
        private final LocalBackend backend;
        private final ClassLoader classLoader;

        LocalBackendLifecycle(LocalBackend backend, ClassLoader classLoader) {
            this.backend = backend;
            this.classLoader = classLoader;
        }

        /** The backend, or null when the environment post-processor did not run (a bare context). */
        public LocalBackend backend() {
            return backend;
        }

        @Override
        public void destroy() {
            if (backend != null && !LocalBackends.isRestartable(classLoader)) {
                LocalBackends.release(backend);
            }
        }
    }
}
