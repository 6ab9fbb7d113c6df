package io.boto4j.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.boto4j.config.ConfigStore;
import io.boto4j.exception.NoCredentialsError;
import io.boto4j.exception.ProfileNotFound;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default chain's order and editing it by provider name. */
class CredentialResolverTest {
    @TempDir
    Path dir;

    private ConfigStore store(String profile) {
        return ConfigStore.builder().env(Map.of("AWS_EC2_METADATA_DISABLED", "true")).configFile(dir.resolve("config"))
                .credentialsFile(dir.resolve("credentials")).profileName(profile).build();
    }

    private static List<String> names(CredentialResolver r) {
        return r.providers().stream().map(CredentialsProvider::method).toList();
    }

    @Test
    void ordersTheDefaultChainAsBotocore() {
        assertEquals(List.of("env", "assume-role", "assume-role-with-web-identity", "sso", "shared-credentials-file",
                "login", "custom-process", "config-file", "ec2-credentials-file", "boto-config", "container-role",
                "iam-role"),
                names(CredentialResolver.createDefault(store(null), null, CredentialResolver.Options.defaults())));
    }

    @Test
    void dropsTheEnvironmentProviderWhenTheSessionNamesAProfile() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("config"), "[profile p]\nregion = x\n");
        assertEquals("assume-role", names(CredentialResolver.createDefault(store("p"), null,
                CredentialResolver.Options.defaults())).get(0));
    }

    @Test
    void failsOnAMissingNamedProfileBeforeAnyProvider() {
        assertThrows(ProfileNotFound.class,
                () -> CredentialResolver.createDefault(store("ghost"), null, CredentialResolver.Options.defaults()));
    }

    @Test
    void editsTheChainByName() {
        CredentialsProvider mine = new CredentialsProvider() {
            @Override
            public String method() {
                return "vault";
            }

            @Override
            public ResolvedCredentials load() {
                return new Credentials("AKIDVAULT", "s", null, "vault", null, null);
            }
        };
        CredentialResolver r = CredentialResolver.createDefault(store(null), null, CredentialResolver.Options.defaults())
                .insertBefore("env", mine).remove("iam-role").remove("container-role");
        assertEquals("vault", names(r).get(0));
        assertEquals("boto-config", names(r).get(names(r).size() - 1));
        assertEquals("AKIDVAULT", r.loadCredentials().get().accessKey());
        r.remove("vault").insertAfter("boto-config", mine);
        assertEquals("vault", names(r).get(names(r).size() - 1));
        assertEquals(mine, r.get("vault"));
        assertThrows(IllegalArgumentException.class, () -> r.insertBefore("nope", mine));
    }

    @Test
    void raisesNoCredentialsErrorWhenNothingIsFound() {
        CredentialResolver r = CredentialResolver.createDefault(store(null), null, CredentialResolver.Options.defaults());
        NoCredentialsError e = assertThrows(NoCredentialsError.class, r::loadCredentials);
        assertEquals(null, r.loadCredentialsOrNull());
        assertEquals(true, e.getMessage().startsWith("Unable to locate credentials"));
    }
}
