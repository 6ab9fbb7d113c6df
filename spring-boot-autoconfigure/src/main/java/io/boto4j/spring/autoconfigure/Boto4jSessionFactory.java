package io.boto4j.spring.autoconfigure;

import io.boto4j.Session;
import io.boto4j.credentials.CredentialResolver;
import io.boto4j.credentials.CredentialsProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Builds sessions the way the properties say: each property that is set becomes the top source of the SDK's
 * chain for that value, and nothing else changes. The environment is Spring's view of the process environment
 * (the {@code systemEnvironment} property source), so tests control it the Spring way.
 *
 * <p>A profile is passed as {@code AWS_PROFILE} rather than as the session's explicit profile: botocore drops
 * the environment credentials provider for an explicit profile, and a property must not switch any provider off.
 */
public final class Boto4jSessionFactory {
    private final Boto4jConnectionDetails details;
    private final String profile;
    private final Map<String, String> environment;
    private final List<SessionCustomizer> customizers;
    private final List<CredentialsProvider> providers;
    private final Map<String, Session> byProfile = new ConcurrentHashMap<>();

    Boto4jSessionFactory(Boto4jConnectionDetails details, String profile, Environment environment,
                         List<SessionCustomizer> customizers, List<CredentialsProvider> providers) {
        this.details = details;
        this.profile = profile == null || profile.isBlank() ? null : profile;
        this.environment = processEnvironment(environment);
        this.customizers = List.copyOf(customizers);
        this.providers = List.copyOf(providers);
    }

    /** The session of the {@code boto4j.*} properties. */
    public Session create() {
        return build(profile);
    }

    /** A session like {@link #create()} for another profile (a client's {@code profile}); one per profile. */
    public Session forProfile(String profileName) {
        return byProfile.computeIfAbsent(profileName, this::build);
    }

    private Session build(String profileName) {
        Session.Builder builder = Session.builder().environment(withProfile(environment, profileName));
        PropertyMapper map = PropertyMapper.get();
        map.from(details::region).to(builder::regionName);
        map.from(details::accessKeyId).to(builder::awsAccessKeyId);
        map.from(details::secretAccessKey).to(builder::awsSecretAccessKey);
        map.from(details::sessionToken).to(builder::awsSessionToken);
        customizers.forEach(c -> c.customize(builder));
        Session session = builder.build();
        if (!providers.isEmpty()) {
            List<CredentialsProvider> chain = new ArrayList<>(providers);
            chain.addAll(session.credentialResolver().providers());
            session.setCredentialResolver(new CredentialResolver(chain));
        }
        return session;
    }

    private static Map<String, String> withProfile(Map<String, String> env, String profileName) {
        if (profileName == null) {
            return env;
        }
        Map<String, String> out = new LinkedHashMap<>(env);
        out.remove("AWS_DEFAULT_PROFILE"); // it would beat AWS_PROFILE, and the property beats both
        out.put("AWS_PROFILE", profileName);
        return out;
    }

    private static Map<String, String> processEnvironment(Environment environment) {
        if (environment instanceof ConfigurableEnvironment configurable) {
            PropertySource<?> source = configurable.getPropertySources()
                    .get(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
            if (source instanceof MapPropertySource map) {
                Map<String, String> out = new LinkedHashMap<>();
                map.getSource().forEach((k, v) -> {
                    if (v != null) {
                        out.put(k, v.toString());
                    }
                });
                return out;
            }
        }
        return System.getenv();
    }

    @Override
    public String toString() {
        return "Boto4jSessionFactory[profile=" + profile + ", credentialProviders="
                + providers.stream().map(CredentialsProvider::method).toList() + "]";
    }
}
