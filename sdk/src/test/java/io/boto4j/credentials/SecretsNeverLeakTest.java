package io.boto4j.credentials;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.boto4j.config.ClientConfigResolution;
import io.boto4j.config.Config;
import io.boto4j.config.ConfigStore;
import io.boto4j.config.DefaultsModes;
import io.boto4j.config.ProfileFile;
import io.boto4j.exception.Boto4jException;
import io.boto4j.internal.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Greps every string the config and credentials layers produce — toString(), exception messages, log records —
 * for the secret values that went in. None may appear.
 */
class SecretsNeverLeakTest {
    private static final String SECRET = "wJalrXUtnFEMI-SECRET-K7MDENG";
    private static final String TOKEN = "FwoGZXIvYXdzE-SESSION-TOKEN";
    private static final String PASSWORD = "hunter2-proxy-password";

    @TempDir
    Path dir;

    private final List<String> seen = new ArrayList<>();

    private void check(String s) {
        seen.add(s);
        for (String secret : List.of(SECRET, TOKEN, PASSWORD)) {
            assertFalse(s != null && s.contains(secret), "secret leaked in: " + s);
        }
    }

    private void checkThrows(Runnable r) {
        Boto4jException e = assertThrows(Boto4jException.class, r::run);
        for (Throwable t = e; t != null; t = t.getCause()) {
            check(t.getMessage());
            check(t.toString());
        }
    }

    @Test
    void noSecretInToStringsMessagesOrLogs() throws Exception {
        List<String> logs = new ArrayList<>();
        Logger root = Logger.getLogger("");
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logs.add(String.valueOf(r.getMessage()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        root.addHandler(capture);
        java.util.logging.Level before = root.getLevel();
        root.setLevel(java.util.logging.Level.ALL);
        try {
            Credentials c = new Credentials("AKIDX", SECRET, TOKEN, "env", Instant.now(), "1");
            check(c.toString());
            check(new RefreshableCredentials("m", () -> c, c, Clock.systemUTC()).toString());
            check(new BearerToken(TOKEN, null, "env").toString());
            check(Config.builder().proxies(Map.of("https", "http://user:" + PASSWORD + "@proxy:3128")).build().toString());

            Path config = dir.resolve("config");
            Files.writeString(config, "[default]\naws_access_key_id = AKIDX\naws_secret_access_key = " + SECRET
                    + "\naws_session_token = " + TOKEN + "\n[profile p]\nsource_profile = default\nrole_arn = arn:aws:iam::1:role/R\n");
            ConfigStore store = ConfigStore.builder().env(Map.of("AWS_EC2_METADATA_DISABLED", "true")).configFile(config)
                    .credentialsFile(dir.resolve("none")).build();
            check(store.toString());
            check(store.fullConfig().toString());
            check(new ClientConfigResolution(store, DefaultsModes.of(Map.of()), null)
                    .resolve("S3", "us-east-1", null, null).toString());
            ResolvedCredentials rc = CredentialResolver.createDefault(store, null, CredentialResolver.Options.defaults())
                    .loadCredentials();
            check(rc.toString());
            check(rc.get().toString());

            // a parse error on a line holding a secret
            Path bad = dir.resolve("bad");
            Files.writeString(bad, "[default]\naws_secret_access_key = ok\n" + SECRET + "\n");
            checkThrows(() -> ProfileFile.readConfig(bad));
            Files.writeString(bad, "aws_secret_access_key = " + SECRET + "\n");
            checkThrows(() -> ProfileFile.readConfig(bad));
            Files.writeString(bad, "[default]\ns3 =\n  " + SECRET + "\n");
            checkThrows(() -> ProfileFile.readConfig(bad));
            Files.writeString(bad, "[default]\naws_secret_access_key = " + SECRET + "\naws_secret_access_key = " + SECRET + "\n");
            checkThrows(() -> ProfileFile.readConfig(bad));

            // partial keys, a failing role, a process printing secrets in bad JSON, a bad container token
            Files.writeString(config, "[default]\naws_secret_access_key = " + SECRET + "\naws_access_key_id = A\n"
                    + "[profile partial]\naws_access_key_id = A\n[profile proc]\ncredential_process = " + dir.resolve("p.sh") + "\n"
                    + "[profile role]\nrole_arn = arn:aws:iam::1:role/R\nsource_profile = default\n");
            Files.writeString(dir.resolve("p.sh"), "#!/bin/sh\necho '{\"Version\":1,\"SecretAccessKey\":\"" + SECRET + "\"'\n");
            dir.resolve("p.sh").toFile().setExecutable(true);
            for (String profile : List.of("partial", "proc")) {
                ConfigStore s = ConfigStore.builder().env(Map.of("AWS_EC2_METADATA_DISABLED", "true")).configFile(config)
                        .credentialsFile(dir.resolve("none")).profileName(profile).build();
                checkThrows(() -> CredentialResolver.createDefault(s, null, CredentialResolver.Options.defaults())
                        .loadCredentials().get());
            }
            ConfigStore roleStore = ConfigStore.builder().env(Map.of("AWS_EC2_METADATA_DISABLED", "true"))
                    .configFile(config).credentialsFile(dir.resolve("none")).profileName("role").build();
            RecordingServiceCaller failing = new RecordingServiceCaller(call -> {
                throw new IllegalStateException("AccessDenied");
            });
            checkThrows(() -> CredentialResolver.createDefault(roleStore, failing, CredentialResolver.Options.defaults())
                    .loadCredentials().get());
            checkThrows(() -> new ContainerProvider(Map.of("AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://127.0.0.1:1/",
                    "AWS_CONTAINER_AUTHORIZATION_TOKEN", TOKEN + "\n"), Clock.systemUTC()).load());
            // the advisory-window failure is logged
            new RefreshableCredentials("m", () -> {
                throw new io.boto4j.exception.CredentialRetrievalError("refresh failed");
            }, new Credentials("A", SECRET, TOKEN, "m", Instant.now().plusSeconds(700), null), Clock.systemUTC()).get();
        } finally {
            root.removeHandler(capture);
            root.setLevel(before);
        }
        logs.forEach(this::check);
        assertFalse(seen.isEmpty());
    }
}
