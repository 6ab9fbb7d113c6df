package io.boto4j.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.exception.InvalidConfigError;
import io.boto4j.internal.json.Json;
import io.boto4j.testsupport.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A Config built from text, as a property binder passes it (kebab-case or snake_case names, nested maps, values
 * such as "5", "10s", "true", "standard"), and read back typed, from the Config and from the resolved client
 * config.
 */
class ConfigFromTextTest {
    private static ClientConfigResolution resolution(Map<String, String> env) throws IOException {
        JsonNode data = Json.parse(Files.readAllBytes(SharedData.conformance("retries").resolve("sdk-default-configuration.json")));
        Map<String, String> e = new LinkedHashMap<>(env);
        e.put("AWS_CONFIG_FILE", "/nonexistent");
        e.put("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent");
        return new ClientConfigResolution(ConfigStore.builder().env(e).build(), new DefaultsModes(data), null);
    }

    @Test
    void buildsTheSameConfigFromKebabCaseTextAsFromTypedSetters() {
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("region-name", "eu-west-1");
        text.put("connect-timeout", "10s");
        text.put("read-timeout", "2.5");
        text.put("max-pool-connections", "20");
        text.put("use-fips-endpoint", "TRUE");
        text.put("retries", Map.of("mode", "standard", "total-max-attempts", "3"));
        text.put("s3", Map.of("addressing-style", "path", "use-accelerate-endpoint", "false"));
        text.put("client-cert", "c.pem,k.pem");
        Config built = Config.builder().regionName("eu-west-1").connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofMillis(2500)).maxPoolConnections(20).useFipsEndpoint(true)
                .retries(Map.of("mode", "standard", "total_max_attempts", 3))
                .s3(Map.of("addressing_style", "path", "use_accelerate_endpoint", false))
                .clientCert("c.pem", "k.pem").build();
        assertEquals(built, Config.fromMap(text));
    }

    @Test
    void readsDurationsInSecondsUnitsAndIso8601() {
        assertEquals(Duration.ofMillis(250), Config.fromMap(Map.of("connect_timeout", "250ms")).connectTimeout());
        assertEquals(Duration.ofMinutes(2), Config.fromMap(Map.of("connect_timeout", "2m")).connectTimeout());
        assertEquals(Duration.ofSeconds(5), Config.fromMap(Map.of("connect_timeout", "PT5S")).connectTimeout());
        assertEquals(Duration.ofMillis(1500), Config.fromMap(Map.of("connect_timeout", 1.5)).connectTimeout());
    }

    @Test
    void setsDictionaryEntriesOneByOneUnderDottedNames() {
        Config c = Config.builder().option("retries.mode", "adaptive").option("retries.max-attempts", "4")
                .set(ConfigOption.S3_USE_ARN_REGION, true).build();
        assertEquals(Map.of("mode", "adaptive", "max_attempts", 4), c.retries());
        assertEquals("adaptive", c.get(ConfigOption.RETRIES_MODE));
        assertEquals(4, c.get(ConfigOption.RETRIES_MAX_ATTEMPTS));
        assertEquals(true, c.get(ConfigOption.S3_USE_ARN_REGION));
        assertNull(c.get(ConfigOption.RETRIES_TOTAL_MAX_ATTEMPTS));
        assertNull(c.get(ConfigOption.CONNECT_TIMEOUT));
    }

    @Test
    void refusesBadTextNamingTheOptionAndTheValidValues() {
        InvalidConfigError mode = assertThrows(InvalidConfigError.class,
                () -> Config.fromMap(Map.of("retries", Map.of("mode", "bogus"))));
        assertEquals("Config option 'retries.mode': 'bogus' is not one of legacy, standard, adaptive", mode.getMessage());
        InvalidConfigError flag = assertThrows(InvalidConfigError.class,
                () -> Config.fromMap(Map.of("use-fips-endpoint", "yes")));
        assertEquals("Config option 'use_fips_endpoint': 'yes' is not true or false", flag.getMessage());
        InvalidConfigError number = assertThrows(InvalidConfigError.class,
                () -> Config.fromMap(Map.of("retries", Map.of("total_max_attempts", "three"))));
        assertEquals("Config option 'retries.total_max_attempts': 'three' is not an integer", number.getMessage());
        InvalidConfigError duration = assertThrows(InvalidConfigError.class,
                () -> Config.fromMap(Map.of("read_timeout", "soon")));
        assertTrue(duration.getMessage().startsWith("Config option 'read_timeout': 'soon' is not a Duration"),
                duration.getMessage());
        InvalidConfigError style = assertThrows(InvalidConfigError.class,
                () -> Config.fromMap(Map.of("s3", Map.of("addressing_style", "sideways"))));
        assertEquals("Config option 's3.addressing_style': 'sideways' is not one of auto, virtual, path", style.getMessage());
    }

    @Test
    void suggestsTheClosestNameForAnUnknownOption() {
        InvalidConfigError top = assertThrows(InvalidConfigError.class,
                () -> Config.fromMap(Map.of("conect-timeout", "5")));
        assertTrue(top.getMessage().startsWith("Unknown Config option 'conect-timeout' (did you mean 'connect_timeout'?)"),
                top.getMessage());
        InvalidConfigError nested = assertThrows(InvalidConfigError.class,
                () -> Config.fromMap(Map.of("retries", Map.of("max_retries", 1))));
        assertTrue(nested.getMessage().startsWith("Unknown Config option 'retries.max_retries' (did you mean "
                + "'retries.max_attempts'?); valid options are [retries.total_max_attempts, retries.max_attempts, "
                + "retries.mode]"), nested.getMessage());
    }

    @Test
    void keepsKeysItDoesNotDeclareInOpenDictionaries() {
        Config c = Config.fromMap(Map.of("s3", Map.of("addressing_style", "virtual", "max_concurrency", "10"),
                "client_context_params", Map.of("Accelerate", true)));
        assertEquals(Map.of("addressing_style", "virtual", "max_concurrency", "10"), c.s3());
        assertEquals(Map.of("Accelerate", true), c.clientContextParams());
    }

    @Test
    void resolvesTextOptionsToTypedValuesAboveTheEnvironment() throws IOException {
        ClientConfigResolution r = resolution(Map.of("AWS_MAX_ATTEMPTS", "7", "AWS_RETRY_MODE", "adaptive",
                "AWS_USE_DUALSTACK_ENDPOINT", "true", "AWS_S3_USE_ARN_REGION", "true"));
        ResolvedClientConfig fromEnv = r.resolve("S3", "us-east-1", null, null);
        assertEquals(7, fromEnv.get(ConfigOption.RETRIES_TOTAL_MAX_ATTEMPTS));
        assertEquals("adaptive", fromEnv.get(ConfigOption.RETRIES_MODE));
        assertEquals(true, fromEnv.get(ConfigOption.USE_DUALSTACK_ENDPOINT));
        assertEquals(true, fromEnv.get(ConfigOption.S3_USE_ARN_REGION));
        assertNull(fromEnv.get(ConfigOption.S3_ADDRESSING_STYLE));

        Config text = Config.fromMap(Map.of("retries", Map.of("max-attempts", "2"), "use-dualstack-endpoint", "false",
                "s3", Map.of("use-arn-region", "false"), "read-timeout", "3s"));
        ResolvedClientConfig rc = r.resolve("S3", "us-east-1", null, text);
        // max_attempts counts retries: two retries are three attempts, and they beat AWS_MAX_ATTEMPTS
        assertEquals(3, rc.get(ConfigOption.RETRIES_TOTAL_MAX_ATTEMPTS));
        assertEquals("adaptive", rc.get(ConfigOption.RETRIES_MODE));
        assertEquals(false, rc.get(ConfigOption.USE_DUALSTACK_ENDPOINT));
        assertEquals(false, rc.get(ConfigOption.S3_USE_ARN_REGION));
        assertEquals(Duration.ofSeconds(3), rc.get(ConfigOption.READ_TIMEOUT));
        assertEquals(Duration.ofSeconds(60), rc.get(ConfigOption.CONNECT_TIMEOUT));
        assertEquals(List.of(), List.copyOf(Config.empty().toMap().keySet()));
    }

    @Test
    void resolvesEveryBooleanOptionFromItsEnvironmentVariableBelowTheConfig() throws IOException {
        int checked = 0;
        for (ConfigOption<?> o : ConfigOption.all()) {
            if (o.type() != Boolean.class || o.envVars().isEmpty() || o == ConfigOption.INJECT_HOST_PREFIX) {
                continue;
            }
            ClientConfigResolution r = resolution(Map.of(o.envVars().get(0), "true"));
            assertEquals(true, r.resolve("S3", "us-east-1", null, null).get(o), o.name() + " from " + o.envVars());
            Config off = Config.builder().option(o.name(), false).build();
            assertEquals(false, r.resolve("S3", "us-east-1", null, off).get(o), o.name() + " from Config");
            checked++;
        }
        assertTrue(checked >= 6, "boolean options with an environment variable: " + checked);
        ClientConfigResolution disabled = resolution(Map.of("AWS_DISABLE_HOST_PREFIX_INJECTION", "true"));
        assertEquals(false, disabled.resolve("S3", "us-east-1", null, null).get(ConfigOption.INJECT_HOST_PREFIX));
        assertEquals(true, resolution(Map.of()).resolve("S3", "us-east-1", null, null).get(ConfigOption.INJECT_HOST_PREFIX));
    }
}
