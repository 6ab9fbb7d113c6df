package io.boto4j.spring.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * A controlled machine for a test: a temporary home with {@code ~/.aws/config} and {@code ~/.aws/credentials},
 * and an environment of only the variables the test names (plus {@code HOME} and IMDS switched off). Installed in
 * the context as Spring's {@code systemEnvironment}, which is where the starter reads the environment from, so
 * nothing of the developer's real environment or home reaches the session.
 */
public final class HermeticAws implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    private final Path home;
    private final Map<String, String> env = new LinkedHashMap<>();

    private HermeticAws(Path home) {
        this.home = home;
        env.put("HOME", home.toString());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
    }

    public static HermeticAws create() {
        try {
            Path home = Files.createTempDirectory("boto4j-home-");
            Files.createDirectories(home.resolve(".aws"));
            return new HermeticAws(home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public HermeticAws env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public HermeticAws config(String text) {
        return write("config", text);
    }

    public HermeticAws credentials(String text) {
        return write("credentials", text);
    }

    public Path configFile() {
        return home.resolve(".aws/config");
    }

    private HermeticAws write(String file, String text) {
        try {
            Files.writeString(home.resolve(".aws").resolve(file), text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Map<String, String> environment() {
        return Map.copyOf(env);
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
        SystemEnvironmentPropertySource source = new SystemEnvironmentPropertySource(name, Map.copyOf(env));
        if (context.getEnvironment().getPropertySources().contains(name)) {
            context.getEnvironment().getPropertySources().replace(name, source);
        } else {
            context.getEnvironment().getPropertySources().addLast(source);
        }
    }
}
