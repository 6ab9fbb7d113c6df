package io.boto4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import io.boto4j.credentials.Credentials;
import io.boto4j.credentials.ResolvedCredentials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Credential providers that call AWS, against moto's STS: role chaining and web identity. */
class CredentialsIntegrationTest extends MotoTest {

    @Test
    void assumesARoleChainTwoDeepThroughMotoSts(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("config");
        Files.writeString(config, """
                [profile base]
                aws_access_key_id = AKIDBASEEXAMPLE
                aws_secret_access_key = base-secret
                region = us-east-1

                [profile first]
                role_arn = arn:aws:iam::123456789012:role/first-role
                source_profile = base
                role_session_name = hop-one

                [profile second]
                role_arn = arn:aws:iam::123456789012:role/second-role
                source_profile = first
                role_session_name = hop-two
                """);
        Session session = Session.builder().profileName("second")
                .environment(Map.of("AWS_CONFIG_FILE", config.toString(),
                        "AWS_SHARED_CREDENTIALS_FILE", dir.resolve("none").toString(),
                        "AWS_ENDPOINT_URL_STS", MOTO.endpoint()))
                .build();
        ResolvedCredentials resolved = session.getCredentials();
        assertEquals("assume-role", resolved.method());
        Credentials c = resolved.get();
        assertNotEquals("AKIDBASEEXAMPLE", c.accessKey());
        assertTrue(c.token() != null && !c.token().isEmpty());
        assertTrue(c.expiry() != null);

        Client sts = session.client("sts", ClientOptions.builder().endpointUrl(MOTO.endpoint()).build());
        String arn = (String) sts.call("GetCallerIdentity", Map.of()).get("Arn");
        assertTrue(arn.contains("assumed-role/second-role/hop-two"), arn);
    }

    @Test
    void exchangesAWebIdentityTokenFileForRoleCredentials(@TempDir Path dir) throws Exception {
        Path token = dir.resolve("token");
        Files.writeString(token, "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2ln");
        Session session = Session.builder().regionName("us-east-1")
                .environment(Map.of("AWS_WEB_IDENTITY_TOKEN_FILE", token.toString(),
                        "AWS_ROLE_ARN", "arn:aws:iam::123456789012:role/web-role",
                        "AWS_ROLE_SESSION_NAME", "web-session",
                        "AWS_CONFIG_FILE", dir.resolve("none").toString(),
                        "AWS_SHARED_CREDENTIALS_FILE", dir.resolve("none2").toString(),
                        "AWS_ENDPOINT_URL_STS", MOTO.endpoint()))
                .build();
        ResolvedCredentials resolved = session.getCredentials();
        assertEquals("assume-role-with-web-identity", resolved.method());
        Client sts = session.client("sts", ClientOptions.builder().endpointUrl(MOTO.endpoint()).build());
        String arn = (String) sts.call("GetCallerIdentity", Map.of()).get("Arn");
        assertTrue(arn.contains("web-role"), arn);
    }
}
