package io.boto4j.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.config.ConfigStore;
import io.boto4j.exception.CredentialRetrievalError;
import io.boto4j.exception.InvalidConfigError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Assume-role and web-identity chain logic through the default resolver, with STS answered by a recording
 * ServiceCaller (the client-backed tests against moto come once the client exists).
 */
class AssumeRoleChainTest {
    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final RecordingServiceCaller sts = new RecordingServiceCaller(c -> RecordingServiceCaller.stsResult(
            String.valueOf(c.params().get("RoleArn")).replaceAll(".*/", ""), 1, NOW.plusSeconds(3600)));

    private CredentialResolver resolver(String config, String profile, Map<String, String> env,
                                        CredentialResolver.Options options) throws IOException {
        Path file = dir.resolve("config");
        Files.writeString(file, config);
        Map<String, String> e = new HashMap<>(env);
        e.put("AWS_EC2_METADATA_DISABLED", "true");
        ConfigStore store = ConfigStore.builder().env(e).configFile(file).credentialsFile(dir.resolve("none"))
                .profileName(profile).regionName("eu-west-1").build();
        return CredentialResolver.createDefault(store, sts, options);
    }

    private CredentialResolver resolver(String config, String profile) throws IOException {
        return resolver(config, profile, Map.of(), CredentialResolver.Options.defaults().withClock(CLOCK));
    }

    @Test
    void assumesEachRoleOfASourceProfileChainInOrder() throws IOException {
        ResolvedCredentials rc = resolver("""
                [profile base]
                aws_access_key_id = AKIDBASE
                aws_secret_access_key = SECRETBASE
                [profile first]
                role_arn = arn:aws:iam::123456789012:role/First
                source_profile = base
                [profile second]
                role_arn = arn:aws:iam::123456789012:role/Second
                source_profile = first
                role_session_name = my-session
                external_id = ext-1
                duration_seconds = 1800
                """, "second").loadCredentials();
        assertEquals("assume-role", rc.method());
        assertTrue(sts.calls.isEmpty(), "the STS call is deferred to first use");
        Credentials c = rc.get();
        assertEquals("AKID-Second-1", c.accessKey());
        assertEquals("123456789012", c.accountId());
        assertEquals(2, sts.calls.size());
        // signing the call for Second resolves First's deferred credentials, so First's call is recorded first
        RecordingServiceCaller.Call first = sts.calls.get(0);
        RecordingServiceCaller.Call second = sts.calls.get(1);
        assertEquals("arn:aws:iam::123456789012:role/First", first.params().get("RoleArn"));
        assertEquals("AKIDBASE", first.options().credentials().get().accessKey());
        assertEquals("botocore-session-" + NOW.getEpochSecond(), first.params().get("RoleSessionName"));
        assertEquals(Map.of("RoleArn", "arn:aws:iam::123456789012:role/Second", "RoleSessionName", "my-session",
                "ExternalId", "ext-1", "DurationSeconds", 1800), second.params());
        assertEquals("AKID-First-1", second.options().credentials().get().accessKey());
        assertEquals("sts", second.service());
        assertEquals("AssumeRole", second.operation());
        assertEquals("eu-west-1", second.options().region());
    }

    @Test
    void refusesSourceProfileCycles() throws IOException {
        InvalidConfigError e = assertThrows(InvalidConfigError.class, () -> resolver("""
                [profile a]
                role_arn = arn:aws:iam::123456789012:role/A
                source_profile = b
                [profile b]
                role_arn = arn:aws:iam::123456789012:role/B
                source_profile = a
                """, "a").loadCredentials());
        assertTrue(e.getMessage().contains("Infinite loop"), e.getMessage());
        assertTrue(sts.calls.isEmpty());
    }

    @Test
    void allowsAProfileToBeItsOwnSourceWhenItHasStaticKeys() throws IOException {
        Credentials c = resolver("""
                [profile self]
                role_arn = arn:aws:iam::123456789012:role/Self
                source_profile = self
                aws_access_key_id = AKIDSELF
                aws_secret_access_key = SECRETSELF
                """, "self").loadCredentials().get();
        assertEquals("AKID-Self-1", c.accessKey());
        assertEquals("AKIDSELF", sts.calls.get(0).options().credentials().get().accessKey());
    }

    @Test
    void namesTheMissingSourceProfile() throws IOException {
        InvalidConfigError e = assertThrows(InvalidConfigError.class, () -> resolver("""
                [profile r]
                role_arn = arn:aws:iam::123456789012:role/R
                source_profile = nowhere
                """, "r").loadCredentials());
        assertEquals("The source_profile \"nowhere\" referenced in the profile \"r\" does not exist.", e.getMessage());
    }

    @Test
    void usesEnvironmentKeysAsCredentialSource() throws IOException {
        Credentials c = resolver("""
                [profile r]
                role_arn = arn:aws:iam::123456789012:role/R
                credential_source = Environment
                """, "r", Map.of("AWS_ACCESS_KEY_ID", "AKIDENV", "AWS_SECRET_ACCESS_KEY", "SECRETENV"),
                CredentialResolver.Options.defaults().withClock(CLOCK)).loadCredentials().get();
        assertEquals("AKID-R-1", c.accessKey());
        assertEquals("env", sts.calls.get(0).options().credentials().method());
    }

    @Test
    void asksTheMfaCallbackOnceAndRefusesSilentRefresh() throws IOException {
        List<String> asked = new java.util.ArrayList<>();
        Clock late = Clock.fixed(NOW.plusSeconds(3590), ZoneOffset.UTC);
        ResolvedCredentials rc = resolver("""
                [profile base]
                aws_access_key_id = AKIDBASE
                aws_secret_access_key = SECRETBASE
                [profile mfa]
                role_arn = arn:aws:iam::123456789012:role/Mfa
                source_profile = base
                mfa_serial = arn:aws:iam::123456789012:mfa/me
                """, "mfa", Map.of(), CredentialResolver.Options.defaults().withClock(CLOCK)
                .withMfaTokenProvider(serial -> {
                    asked.add(serial);
                    return "123456";
                })).loadCredentials();
        rc.get();
        assertEquals(List.of("arn:aws:iam::123456789012:mfa/me"), asked);
        assertEquals("123456", sts.calls.get(0).params().get("TokenCode"));
        assertEquals("arn:aws:iam::123456789012:mfa/me", sts.calls.get(0).params().get("SerialNumber"));
        assertEquals(1, asked.size());
        // a second refresh would need a new code, which botocore refuses
        RefreshableCredentials again = new RefreshableCredentials("assume-role", () -> {
            throw new CredentialRetrievalError("Cannot refresh credentials of profile mfa: MFA token required.");
        }, rc.get(), late);
        assertThrows(CredentialRetrievalError.class, again::get);
    }

    @Test
    void failsClearlyWithoutAnMfaCallback() throws IOException {
        CredentialRetrievalError e = assertThrows(CredentialRetrievalError.class, () -> resolver("""
                [profile base]
                aws_access_key_id = AKIDBASE
                aws_secret_access_key = SECRETBASE
                [profile mfa]
                role_arn = arn:aws:iam::123456789012:role/Mfa
                source_profile = base
                mfa_serial = arn:aws:iam::123456789012:mfa/me
                """, "mfa").loadCredentials().get());
        assertTrue(e.getMessage().contains("mfa"), e.getMessage());
    }

    @Test
    void readsTheWebIdentityTokenFileOnEachCallUnsigned() throws IOException {
        Path token = dir.resolve("token.jwt");
        Files.writeString(token, "jwt-1");
        ResolvedCredentials rc = resolver("", null, Map.of("AWS_WEB_IDENTITY_TOKEN_FILE", token.toString(),
                "AWS_ROLE_ARN", "arn:aws:iam::123456789012:role/Web", "AWS_ROLE_SESSION_NAME", "pod"),
                CredentialResolver.Options.defaults().withClock(CLOCK)).loadCredentials();
        assertEquals("assume-role-with-web-identity", rc.method());
        rc.get();
        RecordingServiceCaller.Call call = sts.calls.get(0);
        assertEquals("AssumeRoleWithWebIdentity", call.operation());
        assertEquals(Map.of("RoleArn", "arn:aws:iam::123456789012:role/Web", "RoleSessionName", "pod",
                "WebIdentityToken", "jwt-1"), call.params());
        assertTrue(call.options().isUnsigned());
    }

    @Test
    void reportsAMissingWebIdentityTokenFileWithTheProfile() throws IOException {
        CredentialRetrievalError e = assertThrows(CredentialRetrievalError.class, () -> resolver("""
                [profile web]
                role_arn = arn:aws:iam::123456789012:role/Web
                web_identity_token_file = /nonexistent/token
                """, "web").loadCredentials().get());
        assertTrue(e.getMessage().contains("profile web") && e.getMessage().contains("/nonexistent/token"), e.getMessage());
    }

    @Test
    void wrapsStsFailuresNamingTheProfile() throws IOException {
        RecordingServiceCaller failing = new RecordingServiceCaller(c -> {
            throw new IllegalStateException("AccessDenied: not authorized to assume role");
        });
        Path file = dir.resolve("config");
        Files.writeString(file, "[profile r]\nrole_arn = arn:aws:iam::1:role/R\nsource_profile = b\n[profile b]\n"
                + "aws_access_key_id = A\naws_secret_access_key = S\n");
        ConfigStore store = ConfigStore.builder().env(Map.of("AWS_EC2_METADATA_DISABLED", "true")).configFile(file)
                .credentialsFile(dir.resolve("none")).profileName("r").build();
        CredentialRetrievalError e = assertThrows(CredentialRetrievalError.class,
                () -> CredentialResolver.createDefault(store, failing, CredentialResolver.Options.defaults())
                        .loadCredentials().get());
        assertTrue(e.getMessage().contains("profile r") && e.getMessage().contains("AccessDenied"), e.getMessage());
        assertFalse(e.getMessage().contains("S\n"));
        assertNull(store.ssoSession("none"));
    }
}
