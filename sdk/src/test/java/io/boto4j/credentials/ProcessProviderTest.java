package io.boto4j.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.config.ConfigStore;
import io.boto4j.exception.CredentialRetrievalError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** credential_process with real scripts: success, refresh by re-running, and each way a process can fail. */
class ProcessProviderTest {
    @TempDir
    Path dir;

    private ProcessProvider provider(String script, Clock clock) throws IOException {
        Path sh = dir.resolve("creds.sh");
        Files.writeString(sh, "#!/bin/sh\n" + script);
        sh.toFile().setExecutable(true);
        Path config = dir.resolve("config");
        Files.writeString(config, "[profile proc]\ncredential_process = " + sh + " --flag\naws_account_id = 999999999999\n");
        ConfigStore store = ConfigStore.builder().env(Map.of("PATH", System.getenv("PATH"), "COUNTER", dir.resolve("n").toString()))
                .configFile(config).credentialsFile(dir.resolve("none")).profileName("proc").build();
        return new ProcessProvider(store, "proc", clock);
    }

    @Test
    void readsCredentialsPrintedByTheProcess() throws IOException {
        ResolvedCredentials rc = provider("""
                [ "$1" = "--flag" ] || exit 9
                echo '{"Version": 1, "AccessKeyId": "AKIDPROC", "SecretAccessKey": "SECRETPROC", "SessionToken": "TOK"}'
                """, Clock.systemUTC()).load();
        Credentials c = rc.get();
        assertEquals("AKIDPROC", c.accessKey());
        assertEquals("TOK", c.token());
        assertEquals("custom-process", rc.method());
        assertEquals("999999999999", c.accountId(), "aws_account_id of the profile is the fallback");
        assertInstanceOf(Credentials.class, rc);
    }

    @Test
    void rerunsTheProcessWhenCredentialsNearExpiry() throws IOException {
        Instant now = Instant.parse("2030-01-01T00:00:00Z");
        ResolvedCredentials rc = provider("""
                echo x >> "$COUNTER"
                n=$(wc -l < "$COUNTER" | tr -d ' ')
                if [ "$n" = 1 ]; then exp=2030-01-01T00:05:00Z; else exp=2030-01-01T01:00:00Z; fi
                echo "{\\"Version\\": 1, \\"AccessKeyId\\": \\"AKID$n\\", \\"SecretAccessKey\\": \\"S\\", \\"Expiration\\": \\"$exp\\"}"
                """, Clock.fixed(now, ZoneOffset.UTC)).load();
        assertInstanceOf(RefreshableCredentials.class, rc);
        // expires in 5 minutes: inside the mandatory window, so the next get() runs the process again
        assertEquals("AKID2", rc.get().accessKey());
        assertEquals("AKID2", rc.get().accessKey(), "fresh for an hour: not run a third time");
    }

    @Test
    void reportsANonZeroExitWithStderrAndTheProfile() throws IOException {
        CredentialRetrievalError e = assertThrows(CredentialRetrievalError.class,
                () -> provider("echo 'token expired, run login' >&2\nexit 3\n", Clock.systemUTC()).load());
        assertTrue(e.getMessage().contains("profile proc"), e.getMessage());
        assertTrue(e.getMessage().contains("status 3"), e.getMessage());
        assertTrue(e.getMessage().contains("token expired, run login"), e.getMessage());
    }

    @Test
    void reportsBadJsonWithoutEchoingTheOutput() throws IOException {
        CredentialRetrievalError e = assertThrows(CredentialRetrievalError.class,
                () -> provider("echo '{\"Version\": 1, \"SecretAccessKey\": \"TOPSECRET\"'\n", Clock.systemUTC()).load());
        assertTrue(e.getMessage().contains("not valid JSON") && e.getMessage().contains("profile proc"), e.getMessage());
        assertFalse(e.getMessage().contains("TOPSECRET"));
    }

    @Test
    void reportsMissingKeysAndWrongVersions() throws IOException {
        CredentialRetrievalError missing = assertThrows(CredentialRetrievalError.class,
                () -> provider("echo '{\"Version\": 1, \"AccessKeyId\": \"A\"}'\n", Clock.systemUTC()).load());
        assertTrue(missing.getMessage().contains("SecretAccessKey"), missing.getMessage());
        CredentialRetrievalError version = assertThrows(CredentialRetrievalError.class,
                () -> provider("echo '{\"AccessKeyId\": \"A\", \"SecretAccessKey\": \"B\"}'\n", Clock.systemUTC()).load());
        assertTrue(version.getMessage().contains("Unsupported version"), version.getMessage());
    }

    @Test
    void reportsACommandThatCannotRun() throws IOException {
        Path config = dir.resolve("config2");
        Files.writeString(config, "[default]\ncredential_process = /nonexistent/bin/creds\n");
        ConfigStore store = ConfigStore.builder().env(Map.of()).configFile(config).credentialsFile(dir.resolve("none")).build();
        CredentialRetrievalError e = assertThrows(CredentialRetrievalError.class,
                () -> new ProcessProvider(store, "default", Clock.systemUTC()).load());
        assertTrue(e.getMessage().contains("/nonexistent/bin/creds"), e.getMessage());
        assertNull(new ProcessProvider(store, "other", Clock.systemUTC()).load());
    }
}
