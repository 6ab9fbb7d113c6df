package io.boto4j.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.exception.ConfigNotFound;
import io.boto4j.exception.ConfigParseError;
import io.boto4j.exception.ProfileNotFound;
import io.boto4j.testsupport.Corpus;
import io.boto4j.testsupport.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * The sample files of {@code ../shared/conformance/config-files/cfg}, each checked against the expectation the
 * corpus README states (botocore keeps them only as Python tests). One dynamic test per expectation, named after
 * the file.
 */
class SharedConfigFileConformanceTest {
    private static final Path CFG = SharedData.conformance("config-files").resolve("cfg");

    private static ProfileFile config(String name) {
        return ProfileFile.loadConfig(CFG.resolve(name));
    }

    private static DynamicTest test(String name, Executable body) {
        return DynamicTest.dynamicTest(name, body);
    }

    @TestFactory
    Stream<DynamicTest> everyCfgFixture() {
        List<DynamicTest> tests = List.of(
                test("aws_config", () -> {
                    Map<String, Map<String, Object>> raw = ProfileFile.rawSections(CFG.resolve("aws_config"),
                            Files.readAllBytes(CFG.resolve("aws_config")), true);
                    assertEquals(List.of("default", "profile \"personal\""), List.copyOf(raw.keySet()));
                    assertEquals(Set.of("default", "personal"), config("aws_config").profiles().keySet());
                    assertEquals("fie", config("aws_config").profiles().get("personal").get("aws_access_key_id"));
                }),
                test("aws_bad_profile", () -> assertEquals(Set.of("default", "my profile", "personal1"),
                        config("aws_bad_profile").profiles().keySet())),
                test("aws_config_bad", () -> {
                    ConfigParseError e = assertThrows(ConfigParseError.class, () -> config("aws_config_bad"));
                    assertTrue(e.getMessage().contains("aws_config_bad, line 1"), e.getMessage());
                }),
                test("aws_config_badbytes", () -> {
                    ConfigParseError e = assertThrows(ConfigParseError.class, () -> config("aws_config_badbytes"));
                    assertTrue(e.getMessage().contains("aws_config_badbytes"), e.getMessage());
                }),
                test("aws_config_nested", () -> {
                    Map<String, Object> d = config("aws_config_nested").profiles().get("default");
                    assertEquals(Map.of("signature_version", "s3v4", "addressing_style", "path"), d.get("s3"));
                    assertEquals(Map.of("signature_version", "v4"), d.get("cloudwatch"));
                    assertEquals("foo", d.get("aws_access_key_id"));
                    assertEquals("us-west-2", d.get("region"));
                    Map<String, Map<String, Object>> raw = ProfileFile.rawSections(CFG.resolve("aws_config_nested"),
                            Files.readAllBytes(CFG.resolve("aws_config_nested")), false);
                    assertEquals("\nsignature_version = s3v4\naddressing_style = path", raw.get("default").get("s3"));
                }),
                test("aws_config_nested_bad", () -> {
                    ConfigParseError e = assertThrows(ConfigParseError.class, () -> config("aws_config_nested_bad"));
                    assertTrue(e.getMessage().contains("aws_config_nested_bad, line 5"), e.getMessage());
                }),
                test("multi-file merge of aws_config_other, aws_config, aws_third_config and a missing file", () -> {
                    ProfileFile merged = ProfileFile.readConfigs(List.of(CFG.resolve("aws_config_other"),
                            CFG.resolve("aws_config"), CFG.resolve("aws_third_config"), CFG.resolve("nope")));
                    Map<String, Map<String, Object>> p = merged.profiles();
                    assertEquals("other_foo", p.get("default").get("aws_access_key_id"));
                    assertEquals("other_bar", p.get("default").get("aws_secret_access_key"));
                    assertEquals(List.of("fie", "baz", "fiebaz"), values(p.get("personal")));
                    assertEquals(List.of("third_fie", "third_baz", "third_fiebaz"), values(p.get("third")));
                    assertThrows(ConfigNotFound.class, () -> ProfileFile.loadConfig(CFG.resolve("nope")));
                }),
                test("aws_sso_session_config", () -> assertEquals(
                        Map.of("sso_region", "us-east-1", "sso_start_url", "https://example.com"),
                        config("aws_sso_session_config").ssoSessions().get("sso"))),
                test("aws_services_config", () -> {
                    Map<String, Object> s = config("aws_services_config").services().get("my-services");
                    assertEquals(Map.of("endpoint_url", "https://localhost:5678/"), s.get("s3"));
                    assertEquals(Map.of("endpoint_url", "https://localhost:8888/"), s.get("dynamodb"));
                }),
                test("foo_config", () -> {
                    ConfigStore store = ConfigStore.builder().env(Map.of()).configFile(CFG.resolve("foo_config"))
                            .credentialsFile(CFG.resolve("none")).profileName("foo").build();
                    assertEquals("fie", store.profile().get("aws_access_key_id"));
                    assertEquals("us-west-1", store.profile("default").get("foo_region"));
                }),
                test("boto_config_empty", () -> {
                    ConfigStore store = ConfigStore.builder().env(Map.of()).configFile(CFG.resolve("boto_config_empty"))
                            .credentialsFile(CFG.resolve("none")).profileName("default").build();
                    assertThrows(ProfileNotFound.class, store::profile);
                }),
                test("aws_config_nocreds", () -> {
                    Map<String, Object> d = config("aws_config_nocreds").profiles().get("default");
                    assertEquals(Map.of("region", "us-west-2"), d);
                }),
                test("aws_credentials and boto_config parse as plain INI", () -> {
                    assertFalse(ProfileFile.readCredentials(CFG.resolve("boto_config")).profiles().isEmpty());
                    assertThrows(ConfigParseError.class, () -> ProfileFile.readCredentials(CFG.resolve("aws_credentials")));
                }));
        // every fixture file of the corpus is read by one of the cases above
        Set<String> covered = Set.of("aws_config", "aws_bad_profile", "aws_config_bad", "aws_config_badbytes",
                "aws_config_nested", "aws_config_nested_bad", "aws_config_other", "aws_third_config",
                "aws_sso_session_config", "aws_services_config", "foo_config", "boto_config_empty",
                "aws_config_nocreds", "aws_credentials", "boto_config");
        Corpus.assertLoaded("config-files/cfg fixtures", Corpus.files(Corpus.dir("config-files").resolve("cfg"), ""),
                covered.size());
        try (Stream<Path> files = Files.list(CFG)) {
            assertEquals(new java.util.TreeSet<>(covered), files.map(f -> f.getFileName().toString())
                    .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return tests.stream();
    }

    private static List<Object> values(Map<String, Object> p) {
        return List.of(p.get("aws_access_key_id"), p.get("aws_secret_access_key"), p.get("aws_security_token"));
    }

    static String read(Path p) throws IOException {
        return Files.readString(p);
    }
}
