package io.boto4j.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.boto4j.config.ConfigStore;
import io.boto4j.exception.InvalidConfigError;
import io.boto4j.exception.NoCredentialsError;
import io.boto4j.testsupport.Python;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bearer tokens: AWS_BEARER_TOKEN_<SIGNING_NAME> (names checked against botocore), then the SSO session token. */
class BearerTokensTest {
    @TempDir
    Path dir;

    @Test
    void namesTheEnvironmentVariableAsBotocoreDoes() {
        List<String> names = List.of("bedrock", "codecatalyst", "some-service", "with space");
        String out = Python.run("""
                import sys
                from botocore.utils import _get_bearer_env_var_name
                for n in sys.stdin.read().split('|'):
                    print(_get_bearer_env_var_name(n))
                """, String.join("|", names));
        assertEquals(List.of(out.strip().split("\n")), names.stream().map(BearerTokens::envVarName).toList());
    }

    @Test
    void readsTheServiceScopedTokenFromTheEnvironmentFirst() throws Exception {
        ConfigStore store = ConfigStore.builder().env(Map.of("AWS_BEARER_TOKEN_BEDROCK", "bedrock-api-key",
                "AWS_BEARER_TOKEN_OTHER", "x")).configFile(dir.resolve("none")).credentialsFile(dir.resolve("none")).build();
        BearerToken t = BearerTokens.createDefault(store, null, "bedrock", Clock.systemUTC()).load();
        assertEquals("bedrock-api-key", t.token());
        assertEquals("env", t.method());
        assertThrows(NoCredentialsError.class,
                () -> BearerTokens.createDefault(store, null, "codecatalyst", Clock.systemUTC()).load());
    }

    @Test
    void checksTheSsoSessionConfigurationEagerly() throws Exception {
        Files.writeString(dir.resolve("config"), "[default]\nsso_session = missing\n");
        ConfigStore store = ConfigStore.builder().env(Map.of()).configFile(dir.resolve("config"))
                .credentialsFile(dir.resolve("none")).build();
        InvalidConfigError e = assertThrows(InvalidConfigError.class,
                () -> BearerTokens.createDefault(store, null, "codecatalyst", Clock.systemUTC()).checkConfiguration());
        assertEquals("The profile \"default\" is configured to use the SSO token provider but the \"missing\" "
                + "sso_session configuration does not exist.", e.getMessage());
    }
}
