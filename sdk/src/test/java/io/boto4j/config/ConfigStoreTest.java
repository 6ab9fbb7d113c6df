package io.boto4j.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.exception.ConfigParseError;
import io.boto4j.exception.InvalidConfigError;
import io.boto4j.exception.ProfileNotFound;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resolver facade and the INI reader's edge cases. */
class ConfigStoreTest {
    @TempDir
    Path dir;

    private ConfigStore store(String config, String credentials, Map<String, String> env) throws IOException {
        Files.writeString(dir.resolve("config"), config);
        Files.writeString(dir.resolve("credentials"), credentials);
        return ConfigStore.builder().env(env).configFile(dir.resolve("config"))
                .credentialsFile(dir.resolve("credentials")).build();
    }

    @Test
    void resolvesRegionFromProfileWhenEnvIsUnset() throws IOException {
        assertEquals("us-west-2", store("[default]\nregion = us-west-2\n", "", Map.of()).get(ConfigKeys.REGION));
    }

    @Test
    void resolvesExplicitThenEnvThenProfileThenDefault() throws IOException {
        ConfigKey<Integer> key = ConfigKey.integer("answer").env("ANSWER_A", "ANSWER_B").profile("answer")
                .defaultValue(1).build();
        assertEquals(1, store("", "", Map.of()).get(key));
        assertEquals(3, store("[default]\nanswer = 3\n", "", Map.of()).get(key));
        assertEquals(4, store("[default]\nanswer = 3\n", "", Map.of("ANSWER_B", "4")).get(key));
        assertEquals(5, store("[default]\nanswer = 3\n", "", Map.of("ANSWER_B", "4", "ANSWER_A", "5")).get(key));
        ConfigStore explicit = ConfigStore.builder().env(Map.of("ANSWER_A", "5")).set(key, 6)
                .configFile(dir.resolve("config")).build();
        assertEquals(6, explicit.get(key));
    }

    @Test
    void namesTheSourceOfAnUnreadableValue() throws IOException {
        InvalidConfigError fromEnv = assertThrows(InvalidConfigError.class,
                () -> store("", "", Map.of("AWS_MAX_ATTEMPTS", "many")).get(ConfigKeys.MAX_ATTEMPTS));
        assertTrue(fromEnv.getMessage().contains("environment variable AWS_MAX_ATTEMPTS"), fromEnv.getMessage());
        InvalidConfigError fromFile = assertThrows(InvalidConfigError.class,
                () -> store("[default]\nretry_mode = turbo\n", "", Map.of()).get(ConfigKeys.RETRY_MODE));
        assertTrue(fromFile.getMessage().contains("profile default") && fromFile.getMessage().contains("config"),
                fromFile.getMessage());
    }

    @Test
    void readsNestedKeysAndTopLevelAlternatives() throws IOException {
        ConfigStore s = store("[default]\ns3_use_arn_region = true\ns3 =\n  addressing_style = path\n", "", Map.of());
        assertEquals("path", s.get(ConfigKeys.S3_ADDRESSING_STYLE));
        assertEquals(true, s.get(ConfigKeys.S3_USE_ARN_REGION));
        assertEquals(Map.of("addressing_style", "path", "use_arn_region", true), s.s3Section());
    }

    @Test
    void readsPinnedApiVersions() throws IOException {
        assertEquals(Map.of("ec2", "2015-03-01"), store("[default]\napi_versions =\n  ec2 = 2015-03-01\n", "", Map.of())
                .apiVersions());
    }

    @Test
    void mergesCredentialsFileProfilesIntoTheProfileMap() throws IOException {
        ConfigStore s = store("[profile a]\nregion = r1\n", "[a]\naws_access_key_id = K\n[b]\nregion = r2\n", Map.of());
        assertEquals(Set.of("a", "b"), s.availableProfiles());
        assertEquals(Map.of("region", "r1", "aws_access_key_id", "K"), s.profile("a"));
    }

    @Test
    void raisesProfileNotFoundOnlyForANamedProfile() throws IOException {
        assertEquals(Map.of(), store("", "", Map.of()).profile());
        ProfileNotFound e = assertThrows(ProfileNotFound.class, () -> store("", "", Map.of("AWS_PROFILE", "dev")).profile());
        assertEquals("The config profile (dev) could not be found", e.getMessage());
    }

    @Test
    void resolvesConfiguredEndpointUrlsInBotocoreOrder() throws IOException {
        String cfg = "[default]\nendpoint_url = http://global\nservices = s\n[services s]\nelastic_beanstalk =\n"
                + "  endpoint_url = http://eb\n";
        assertEquals("http://eb", store(cfg, "", Map.of()).configuredEndpointUrl("Elastic Beanstalk", null));
        assertEquals("http://global", store(cfg, "", Map.of()).configuredEndpointUrl("SQS", null));
        assertEquals("http://env", store(cfg, "", Map.of("AWS_ENDPOINT_URL", "http://env")).configuredEndpointUrl("SQS", null));
        assertEquals("http://sqs", store(cfg, "", Map.of("AWS_ENDPOINT_URL", "http://env", "AWS_ENDPOINT_URL_SQS",
                "http://sqs")).configuredEndpointUrl("SQS", null));
        assertNull(store(cfg, "", Map.of()).configuredEndpointUrl("SQS",
                Config.builder().ignoreConfiguredEndpointUrls(true).build()));
        assertEquals(Map.of("endpoint_url", "http://eb"), store(cfg, "", Map.of()).servicesSection("Elastic Beanstalk"));
    }

    @Test
    void expandsTildeAndVariablesInFilePaths() throws IOException {
        Files.createDirectories(dir.resolve("home/.aws"));
        Files.writeString(dir.resolve("home/.aws/config"), "[default]\nregion = from-home\n");
        ConfigStore s = ConfigStore.builder().env(Map.of("HOME", dir.resolve("home").toString())).build();
        assertEquals("from-home", s.get(ConfigKeys.REGION));
        ConfigStore v = ConfigStore.builder().env(Map.of("D", dir.resolve("home").toString(),
                "AWS_CONFIG_FILE", "${D}/.aws/config")).build();
        assertEquals("from-home", v.get(ConfigKeys.REGION));
    }

    private Map<String, Map<String, Object>> parse(String text) {
        return ProfileFile.rawSections(dir.resolve("x.ini"), text.getBytes(), true);
    }

    @Test
    void readsContinuationLinesCommentsAndColons() {
        Map<String, Map<String, Object>> s = parse("""
                [default]
                # a comment
                key: value:with:colons
                multi = first
                  second

                  third
                nested =
                  ; a comment inside the block
                  a = 1
                  b = x = y
                UPPER = Case
                """);
        Map<String, Object> d = s.get("default");
        assertEquals("value:with:colons", d.get("key"));
        assertEquals("first\nsecond\n\nthird", d.get("multi"));
        assertEquals(Map.of("a", "1", "b", "x = y"), d.get("nested"));
        assertEquals("Case", d.get("upper"));
    }

    @Test
    void reportsSyntaxErrorsWithFileAndLine() {
        ConfigParseError noHeader = assertThrows(ConfigParseError.class, () -> parse("\n\nkey = v\n"));
        assertTrue(noHeader.getMessage().endsWith("x.ini, line 3: a key appears before any [section] header"),
                noHeader.getMessage());
        ConfigParseError noDelimiter = assertThrows(ConfigParseError.class, () -> parse("[a]\nk = v\njunk\n"));
        assertTrue(noDelimiter.getMessage().contains("x.ini, line 3"), noDelimiter.getMessage());
        ConfigParseError duplicateKey = assertThrows(ConfigParseError.class, () -> parse("[a]\nk = 1\nK = 2\n"));
        assertTrue(duplicateKey.getMessage().contains("line 3") && duplicateKey.getMessage().contains("'k'"),
                duplicateKey.getMessage());
        ConfigParseError duplicateSection = assertThrows(ConfigParseError.class, () -> parse("[a]\n[b]\n[a]\n"));
        assertTrue(duplicateSection.getMessage().contains("line 3"), duplicateSection.getMessage());
    }

    @Test
    void readsTheProfileAndSessionSectionKinds() {
        ProfileFile f = ProfileFile.parseConfig(dir.resolve("c"), """
                [default]
                a = 1
                [profile 'single quoted']
                b = 2
                [profile x y z]
                c = 3
                [sso-session corp]
                sso_region = us-east-1
                [services local]
                s3 =
                  endpoint_url = http://x
                [plugins]
                p = q
                """.getBytes());
        assertEquals(Set.of("default", "single quoted"), f.profiles().keySet());
        assertEquals(Set.of("corp"), f.ssoSessions().keySet());
        assertEquals(Map.of("s3", Map.of("endpoint_url", "http://x")), f.services().get("local"));
        assertEquals(Map.of("p", "q"), f.otherSections().get("plugins"));
    }
}
