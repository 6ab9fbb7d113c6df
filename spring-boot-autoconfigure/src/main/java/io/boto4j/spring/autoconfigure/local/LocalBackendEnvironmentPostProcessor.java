package io.boto4j.spring.autoconfigure.local;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code boto4j.local.enabled=true}, starts the local backend once the application's configuration is read
 * and lays its endpoint, dummy credentials and (when none is set) a region over the {@code boto4j.*} properties,
 * so every client, the session and the configuration import reach it. Runs before the context exists because
 * the configuration import needs the backend that early too.
 */
public class LocalBackendEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {
    /** The name of the property source that points the starter at the local backend. */
    public static final String PROPERTY_SOURCE = "boto4jLocalBackend";

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Boto4jLocalProperties settings = settings(Binder.get(environment));
        if (!settings.isEnabled() || environment.getPropertySources().contains(PROPERTY_SOURCE)) {
            return;
        }
        LocalBackend backend = LocalBackends.obtain(settings);
        LocalBackends.retain(backend);
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE,
                properties(backend, environment.getProperty("boto4j.region"), settings)));
    }

    static Boto4jLocalProperties settings(Binder binder) {
        return binder.bind("boto4j.local", Boto4jLocalProperties.class).orElseGet(Boto4jLocalProperties::new);
    }

    static Map<String, Object> properties(LocalBackend backend, String configuredRegion, Boto4jLocalProperties settings) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("boto4j.local.endpoint-url", backend.endpoint());
        p.put("boto4j.endpoint-url", backend.endpoint());
        p.put("boto4j.credentials.access-key-id", LocalBackend.ACCESS_KEY);
        p.put("boto4j.credentials.secret-access-key", LocalBackend.SECRET_KEY);
        if (configuredRegion == null || configuredRegion.isBlank()) {
            p.put("boto4j.region", settings.getRegion());
        }
        return p;
    }
}
