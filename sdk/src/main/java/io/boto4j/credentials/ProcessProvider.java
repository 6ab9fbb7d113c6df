package io.boto4j.credentials;

import tools.jackson.core.JacksonException;

import io.boto4j.internal.util.ShellWords;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.config.ConfigStore;
import io.boto4j.exception.CredentialRetrievalError;
import io.boto4j.internal.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Credentials printed by the profile's {@code credential_process} command (JSON, {@code Version} 1); with an
 * {@code Expiration} they refresh by running the command again. The command's output is never echoed in errors
 * (it holds the secret); its stderr is, as botocore does, since that is where the cause is.
 */
final class ProcessProvider implements CredentialsProvider {
    static final String METHOD = "custom-process";
    private static final int MAX_STDERR_IN_MESSAGE = 2000;

    private final ConfigStore store;
    private final String profileName;
    private final Clock clock;

    ProcessProvider(ConfigStore store, String profileName, Clock clock) {
        this.store = store;
        this.profileName = profileName;
        this.clock = clock;
    }

    @Override
    public String method() {
        return METHOD;
    }

    @Override
    public ResolvedCredentials load() {
        Map<String, Object> profile = store.profile(profileName);
        Object command = profile == null ? null : profile.get("credential_process");
        if (command == null) {
            return null;
        }
        Credentials c = run(String.valueOf(command), profile);
        return c.expiry() == null ? c
                : new RefreshableCredentials(METHOD, () -> run(String.valueOf(command), profile), c, clock);
    }

    private Credentials run(String command, Map<String, Object> profile) {
        List<String> argv = ShellWords.split(command);
        if (argv == null) {
            throw error("credential_process has an unbalanced quote or a trailing backslash");
        }
        if (argv.isEmpty()) {
            throw error("credential_process is empty");
        }
        byte[] out;
        String err;
        int exit;
        try {
            ProcessBuilder pb = new ProcessBuilder(argv);
            pb.environment().clear();
            pb.environment().putAll(store.env());
            Process p = pb.start();
            p.getOutputStream().close();
            CompletableFuture<byte[]> stderr = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            out = p.getInputStream().readAllBytes();
            exit = p.waitFor();
            err = new String(stderr.join(), StandardCharsets.UTF_8).strip();
        } catch (IOException | JacksonException e) {
            throw error("cannot run " + argv.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw error("interrupted while running " + argv.get(0));
        }
        if (exit != 0) {
            String shown = err.length() > MAX_STDERR_IN_MESSAGE ? err.substring(0, MAX_STDERR_IN_MESSAGE) + "..." : err;
            throw error("the command exited with status " + exit + (shown.isEmpty() ? "" : ": " + shown));
        }
        JsonNode json;
        try {
            json = Json.parse(out);
        } catch (IOException | JacksonException e) {
            throw error("the command's output is not valid JSON");
        }
        if (json == null || !json.isObject()) {
            throw error("the command's output is not a JSON object");
        }
        JsonNode version = json.get("Version");
        if (version == null || !version.isInt() || version.asInt() != 1) {
            throw error("Unsupported version '" + (version == null ? "<Version key not provided>" : version.asString())
                    + "' for credential process provider, supported versions: 1");
        }
        for (String key : List.of("AccessKeyId", "SecretAccessKey")) {
            if (!json.hasNonNull(key)) {
                throw error("Missing required key in response: '" + key + "'");
            }
        }
        String account = json.hasNonNull("AccountId") ? json.get("AccountId").asString()
                : profile.get("aws_account_id") == null ? null : String.valueOf(profile.get("aws_account_id"));
        try {
            return new Credentials(json.get("AccessKeyId").asString(), json.get("SecretAccessKey").asString(),
                    json.hasNonNull("SessionToken") ? json.get("SessionToken").asString() : null, METHOD,
                    json.hasNonNull("Expiration") ? Times.parse(json.get("Expiration").asString(), "Expiration") : null,
                    account);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    private static byte[] readAll(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException | JacksonException e) {
            return new byte[0];
        }
    }

    private CredentialRetrievalError error(String cause) {
        return new CredentialRetrievalError("Error when retrieving credentials from custom-process (profile "
                + profileName + "): " + cause);
    }
}
