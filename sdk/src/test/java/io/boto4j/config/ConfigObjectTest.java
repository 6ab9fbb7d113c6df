package io.boto4j.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.exception.InvalidConfigError;
import io.boto4j.internal.json.Json;
import io.boto4j.testsupport.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Config's options, snake_case map form, merge, validation, and the effective client settings. */
class ConfigObjectTest {
    private static DefaultsModes modes() throws IOException {
        JsonNode data = Json.parse(Files.readAllBytes(SharedData.conformance("retries").resolve("sdk-default-configuration.json")));
        return new DefaultsModes(data);
    }

    @Test
    void acceptsEveryBotocoreOptionBySnakeCaseName() {
        assertEquals(Set.of("region_name", "signature_version", "user_agent", "user_agent_extra", "user_agent_appid",
                "connect_timeout", "read_timeout", "parameter_validation", "max_pool_connections", "proxies",
                "proxies_config", "s3", "retries", "client_cert", "inject_host_prefix", "endpoint_discovery_enabled",
                "use_dualstack_endpoint", "use_fips_endpoint", "ignore_configured_endpoint_urls", "defaults_mode",
                "tcp_keepalive", "request_min_compression_size_bytes", "disable_request_compression",
                "client_context_params", "sigv4a_signing_region_set", "request_checksum_calculation",
                "response_checksum_validation", "account_id_endpoint_mode", "auth_scheme_preference",
                "s3_disable_express_session_auth"), Config.optionNames());
        Config fromMap = Config.fromMap(Map.of("region_name", "us-west-2", "connect_timeout", 1.5,
                "retries", Map.of("max_attempts", 10, "mode", "standard"), "client_cert", List.of("c.pem", "k.pem")));
        Config built = Config.builder().regionName("us-west-2").connectTimeout(Duration.ofMillis(1500))
                .retries(Map.of("max_attempts", 10, "mode", "standard")).clientCert("c.pem", "k.pem").build();
        assertEquals(built, fromMap);
    }

    @Test
    void mergesOnlyOptionsTheOtherConfigSet() {
        Config a = Config.builder().regionName("a").readTimeout(Duration.ofSeconds(5)).build();
        Config b = Config.builder().regionName("b").useFipsEndpoint(true).build();
        Config m = a.merge(b);
        assertEquals("b", m.regionName());
        assertEquals(Duration.ofSeconds(5), m.readTimeout());
        assertEquals(true, m.useFipsEndpoint());
        assertFalse(m.isSet("connect_timeout"));
    }

    @Test
    void rejectsUnknownOptionsAndBadValuesByName() {
        InvalidConfigError unknown = assertThrows(InvalidConfigError.class, () -> Config.fromMap(Map.of("regoin_name", "x")));
        assertTrue(unknown.getMessage().contains("'regoin_name'"), unknown.getMessage());
        assertThrows(InvalidConfigError.class, () -> Config.fromMap(Map.of("retries", Map.of("mode", "fast"))));
        assertThrows(InvalidConfigError.class, () -> Config.fromMap(Map.of("retries", Map.of("total_max_attempts", 0))));
        assertThrows(InvalidConfigError.class, () -> Config.fromMap(Map.of("retries", Map.of("max_retries", 1))));
        assertThrows(InvalidConfigError.class, () -> Config.fromMap(Map.of("s3", Map.of("addressing_style", "sideways"))));
        InvalidConfigError type = assertThrows(InvalidConfigError.class, () -> Config.fromMap(Map.of("use_fips_endpoint", "yes")));
        assertTrue(type.getMessage().contains("'use_fips_endpoint'"), type.getMessage());
    }

    @Test
    void appliesSmartDefaultsOfTheDefaultsMode() throws IOException {
        ConfigStore store = ConfigStore.builder().env(Map.of("AWS_CONFIG_FILE", "/nonexistent")).build();
        ClientConfigResolution r = new ClientConfigResolution(store, modes(), null);
        ResolvedClientConfig legacy = r.resolve("S3", "us-east-1", null, null);
        assertEquals(Duration.ofSeconds(60), legacy.get(ConfigOption.CONNECT_TIMEOUT));
        assertEquals("legacy", legacy.retryMode());
        ResolvedClientConfig standard = r.resolve("S3", "us-east-1", null, Config.builder().defaultsMode("standard").build());
        assertEquals(Duration.ofMillis(3100), standard.get(ConfigOption.CONNECT_TIMEOUT));
        assertEquals("standard", standard.retryMode());
        assertEquals("regional", standard.s3().get("us_east_1_regional_endpoint"));
        ResolvedClientConfig mobile = r.resolve("S3", "us-east-1", null, Config.builder().defaultsMode("mobile").build());
        assertEquals(Duration.ofSeconds(30), mobile.get(ConfigOption.CONNECT_TIMEOUT));
    }

    @Test
    void resolvesAutoDefaultsModeFromTheExecutionEnvironment() throws IOException {
        ConfigStore store = ConfigStore.builder().env(Map.of("AWS_CONFIG_FILE", "/nonexistent",
                "AWS_EXECUTION_ENV", "AWS_Lambda_java17", "AWS_REGION", "eu-west-1", "AWS_DEFAULTS_MODE", "auto")).build();
        ClientConfigResolution r = new ClientConfigResolution(store, modes(), () -> "never-asked");
        assertEquals("in-region", r.resolve("S3", "eu-west-1", null, null).defaultsMode());
        assertEquals("cross-region", r.resolve("S3", "us-east-1", null, null).defaultsMode());
        ConfigStore noEnv = ConfigStore.builder().env(Map.of("AWS_CONFIG_FILE", "/nonexistent", "AWS_DEFAULTS_MODE", "auto")).build();
        assertEquals("in-region", new ClientConfigResolution(noEnv, modes(), () -> "ap-south-1")
                .resolve("S3", "ap-south-1", null, null).defaultsMode());
        assertEquals("standard", new ClientConfigResolution(noEnv, modes(), () -> null)
                .resolve("S3", "ap-south-1", null, null).defaultsMode());
    }

    @Test
    void theDefaultsModeDataIsReadOnlyForAModeOtherThanLegacy() throws IOException {
        DefaultsModes data = modes();
        int[] reads = new int[1];
        java.util.function.Supplier<DefaultsModes> source = () -> {
            reads[0]++;
            return data;
        };
        ConfigStore store = ConfigStore.builder().env(Map.of("AWS_CONFIG_FILE", "/nonexistent")).build();
        ClientConfigResolution r = new ClientConfigResolution(store, source, null);
        assertEquals("legacy", r.resolve("SQS", "us-east-1", null, null).get(ConfigOption.DEFAULTS_MODE));
        assertEquals("legacy", r.resolve("SQS", "us-east-1", null, Config.builder().defaultsMode("LEGACY").build())
                .get(ConfigOption.DEFAULTS_MODE));
        assertEquals(0, reads[0], "legacy, the default, installs no smart defaults");

        ResolvedClientConfig standard = r.resolve("SQS", "us-east-1", null, Config.builder().defaultsMode("standard").build());
        assertEquals(Duration.ofMillis(3100), standard.get(ConfigOption.CONNECT_TIMEOUT));
        io.boto4j.exception.InvalidDefaultsMode bad = assertThrows(io.boto4j.exception.InvalidDefaultsMode.class,
                () -> r.resolve("SQS", "us-east-1", null, Config.builder().defaultsMode("fastest").build()));
        assertTrue(bad.getMessage().contains("fastest") && bad.getMessage().contains("in-region"), bad.getMessage());
        assertEquals(1, reads[0], "read once, then kept");
    }

    @Test
    void validatesChecksumAndAccountIdModes() throws IOException {
        ConfigStore store = ConfigStore.builder().env(Map.of("AWS_CONFIG_FILE", "/nonexistent",
                "AWS_REQUEST_CHECKSUM_CALCULATION", "WHEN_REQUIRED")).build();
        ClientConfigResolution r = new ClientConfigResolution(store, modes(), null);
        ResolvedClientConfig rc = r.resolve("S3", "us-east-1", null, null);
        assertEquals("when_required", rc.get(ConfigOption.REQUEST_CHECKSUM_CALCULATION));
        assertEquals("when_supported", rc.get(ConfigOption.RESPONSE_CHECKSUM_VALIDATION));
        assertEquals("preferred", rc.get(ConfigOption.ACCOUNT_ID_ENDPOINT_MODE));
        assertEquals("disabled", r.resolve("S3", "us-east-1", null,
                Config.builder().signatureVersion(Config.UNSIGNED).build()).get(ConfigOption.ACCOUNT_ID_ENDPOINT_MODE));
        InvalidConfigError e = assertThrows(InvalidConfigError.class, () -> r.resolve("S3", "us-east-1", null,
                Config.builder().responseChecksumValidation("sometimes").build()));
        assertTrue(e.getMessage().contains("response_checksum_validation"), e.getMessage());
        assertThrows(InvalidConfigError.class, () -> r.resolve("S3", "us-east-1", null,
                Config.builder().requestMinCompressionSizeBytes(0).build()));
    }

    @Test
    void givesTheClientArgumentsPrecedence() throws IOException {
        ConfigStore store = ConfigStore.builder().env(Map.of("AWS_CONFIG_FILE", "/nonexistent",
                "AWS_DEFAULT_REGION", "eu-west-1", "AWS_ENDPOINT_URL", "http://env", "AWS_USE_FIPS_ENDPOINT", "true",
                "AWS_DISABLE_HOST_PREFIX_INJECTION", "true")).build();
        ResolvedClientConfig rc = new ClientConfigResolution(store, modes(), null)
                .resolve("SQS", null, "http://explicit", Config.builder().useFipsEndpoint(false).build());
        assertEquals("eu-west-1", rc.regionName());
        assertEquals("http://explicit", rc.endpointUrl());
        assertFalse(rc.get(ConfigOption.USE_FIPS_ENDPOINT));
        assertFalse(rc.get(ConfigOption.INJECT_HOST_PREFIX));
        assertEquals("auto", rc.s3AddressingStyle());
        assertEquals(10, rc.get(ConfigOption.MAX_POOL_CONNECTIONS));
    }
}
