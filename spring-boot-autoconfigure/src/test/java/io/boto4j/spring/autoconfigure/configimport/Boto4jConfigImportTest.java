package io.boto4j.spring.autoconfigure.configimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import io.boto4j.spring.autoconfigure.Boto4jAutoConfiguration;
import io.boto4j.spring.autoconfigure.local.Boto4jLocalBackendAutoConfiguration;
import io.boto4j.spring.autoconfigure.local.Boto4jLocalProperties;
import io.boto4j.spring.autoconfigure.local.LocalBackend;
import io.boto4j.spring.autoconfigure.local.LocalBackends;
import io.boto4j.testsupport.MotoServer;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.config.ConfigDataResourceNotFoundException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

class Boto4jConfigImportTest {
    private static final MotoServer MOTO = MotoServer.shared();
    private static final String RUN = Long.toString(System.nanoTime());

    @BeforeAll
    static void seedMoto() {
        seed(MOTO.endpoint());
    }

    @Test
    void importsSecretsAndParametersIntoValueFields() {
        try (ConfigurableApplicationContext context = app(
                "--spring.config.import=boto4j-secretsmanager:db-" + RUN + ";token-" + RUN + "?prefix=api.,"
                        + "boto4j-parameterstore:/app-" + RUN + "/config?prefix=app.",
                "--boto4j.endpoint-url=" + MOTO.endpoint())) {
            Injected injected = context.getBean(Injected.class);
            assertThat(injected.username).isEqualTo("admin");
            assertThat(injected.password).isEqualTo("pa55word");
            assertThat(injected.poolMax).isEqualTo("7");
            assertThat(context.getEnvironment().getProperty("api.token-" + RUN)).isEqualTo("tok-123");
            assertThat(injected.greeting).isEqualTo("hello");
            assertThat(injected.nested).isEqualTo("on");
        }
    }

    @Test
    void masksImportedValuesInTheEnvEndpointEvenWhenValuesAreShown() {
        try (ConfigurableApplicationContext context = app(
                "--spring.config.import=boto4j-secretsmanager:db-" + RUN,
                "--boto4j.endpoint-url=" + MOTO.endpoint(),
                "--management.endpoints.web.exposure.include=env", "--management.endpoint.env.show-values=always")) {
            EnvironmentEndpoint env = context.getBean(EnvironmentEndpoint.class);
            assertThat(env.environmentEntry("password").getProperty().getValue()).isEqualTo("******");
            assertThat(env.environmentEntry("boto4j.region").getProperty().getValue()).isEqualTo("eu-west-1");
            assertThat(context.getEnvironment().getPropertySources().toString()).doesNotContain("pa55word");
        }
    }

    @Test
    void skipsAMissingSecretMarkedOptionalAndFailsOnOneThatIsNot() {
        try (ConfigurableApplicationContext context = app(
                "--spring.config.import=optional:boto4j-secretsmanager:absent-" + RUN + ";db-" + RUN,
                "--boto4j.endpoint-url=" + MOTO.endpoint())) {
            assertThat(context.getEnvironment().getProperty("username")).isEqualTo("admin");
        }
        assertThatThrownBy(() -> app("--spring.config.import=boto4j-secretsmanager:absent-" + RUN,
                "--boto4j.endpoint-url=" + MOTO.endpoint()).close())
                .hasRootCauseInstanceOf(io.boto4j.exception.ClientError.class)
                .isInstanceOf(ConfigDataResourceNotFoundException.class);
    }

    @Test
    void importsThroughTheLocalBackendWithoutAnyEndpoint() {
        Boto4jLocalProperties local = new Boto4jLocalProperties();
        LocalBackend backend = LocalBackends.obtain(local);
        seed(backend.endpoint());
        long pid = backend.pid();
        try (ConfigurableApplicationContext context = app("--boto4j.local.enabled=true",
                "--spring.config.import=boto4j-secretsmanager:db-" + RUN + ",boto4j-parameterstore:/app-" + RUN
                        + "/config?prefix=app.")) {
            Injected injected = context.getBean(Injected.class);
            assertThat(injected.username).isEqualTo("admin");
            assertThat(injected.greeting).isEqualTo("hello");
            assertThat(context.getEnvironment().getProperty("boto4j.endpoint-url")).isEqualTo(backend.endpoint());
        }
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    private static void seed(String endpoint) {
        Session session = Session.builder().regionName("eu-west-1").awsAccessKeyId("testing")
                .awsSecretAccessKey("testing").environment(Map.of()).build();
        ClientOptions options = ClientOptions.builder().endpointUrl(endpoint).build();
        try (Client sm = session.client("secretsmanager", options); Client ssm = session.client("ssm", options)) {
            sm.call("CreateSecret", Map.of("Name", "db-" + RUN,
                    "SecretString", "{\"username\":\"admin\",\"password\":\"pa55word\",\"pool\":{\"max\":7}}"));
            sm.call("CreateSecret", Map.of("Name", "token-" + RUN, "SecretString", "tok-123"));
            ssm.call("PutParameter", Map.of("Name", "/app-" + RUN + "/config/greeting", "Value", "hello",
                    "Type", "String"));
            ssm.call("PutParameter", Map.of("Name", "/app-" + RUN + "/config/feature/flag", "Value", "on",
                    "Type", "SecureString"));
        }
    }

    private static ConfigurableApplicationContext app(String... args) {
        SpringApplication application = new SpringApplicationBuilder(ImportingApp.class)
                .web(WebApplicationType.NONE)
                .properties("boto4j.region=eu-west-1", "boto4j.credentials.access-key-id=testing",
                        "boto4j.credentials.secret-access-key=testing")
                .build();
        application.setRegisterShutdownHook(false);
        return application.run(args);
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({Boto4jAutoConfiguration.class,
            io.boto4j.spring.autoconfigure.Boto4jEventsAutoConfiguration.class,
            io.boto4j.spring.autoconfigure.Boto4jClientsAutoConfiguration.class, Boto4jLocalBackendAutoConfiguration.class,
            Boto4jConfigImportAutoConfiguration.class, EnvironmentEndpointAutoConfiguration.class})
    static class ImportingApp {
        @org.springframework.context.annotation.Bean
        Injected injected() {
            return new Injected();
        }
    }

    static class Injected {
        @Value("${username:}")
        String username;
        @Value("${password:}")
        String password;
        @Value("${pool.max:}")
        String poolMax;
        @Value("${app.greeting:}")
        String greeting;
        @Value("${app.feature.flag:}")
        String nested;
    }
}
