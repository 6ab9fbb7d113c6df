package io.boto4j.credentials;

import io.boto4j.internal.json.JsonTrees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.config.ConfigStore;
import io.boto4j.exception.CredentialRetrievalError;
import io.boto4j.internal.json.Json;
import io.boto4j.testsupport.Corpus;
import io.boto4j.testsupport.SharedData;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ../shared/conformance/credentials/login-provider-test-cases.json}: the login_session provider with the
 * case's config and token cache, sign-in answered from the case's mockApiCalls (each request checked, and its
 * DPoP proof verified against the cached key's public half), at the time the expected values assume.
 */
class LoginProviderConformanceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-19T00:00:00Z"), ZoneOffset.UTC);
    private static final String TOKEN_URL = "https://us-east-1.signin.aws.amazon.com/v1/token";

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyLoginCase() throws IOException {
        JsonNode cases = Json.parse(Files.readAllBytes(SharedData.conformance("credentials")
                .resolve("login-provider-test-cases.json")));
        List<DynamicTest> tests = new ArrayList<>();
        int i = 0;
        for (JsonNode c : cases) {
            Path caseDir = dir.resolve("case" + i++);
            tests.add(DynamicTest.dynamicTest(c.path("documentation").asString(), () -> run(c, caseDir)));
        }
        Corpus.assertLoaded("credentials/login-provider-test-cases.json", Corpus.jsonCount(Corpus.dir("credentials")
                .resolve("login-provider-test-cases.json")), tests.size());
        return tests.stream();
    }

    private void run(JsonNode c, Path caseDir) throws Exception {
        Path cache = caseDir.resolve("cache");
        Files.createDirectories(cache);
        Path config = caseDir.resolve("config");
        Files.writeString(config, c.path("configContents").asString());
        Iterator<Map.Entry<String, JsonNode>> files = c.path("cacheContents").properties().iterator();
        while (files.hasNext()) {
            Map.Entry<String, JsonNode> f = files.next();
            Files.writeString(cache.resolve(f.getKey()), Json.write(f.getValue()));
        }
        List<JsonNode> mocks = new ArrayList<>();
        c.path("mockApiCalls").forEach(mocks::add);
        RecordingServiceCaller signin = new RecordingServiceCaller(call -> {
            JsonNode mock = mocks.get(0);
            assertEquals("signin", call.service());
            assertEquals("CreateOAuth2Token", call.operation());
            assertEquals(mock.path("request"), JsonTrees.fromJava(call.params()));
            assertTrue(call.options().isUnsigned());
            verifyDpop(call.options().headersFor(TOKEN_URL).get("DPoP"));
            if (mock.has("responseCode") && mock.get("responseCode").asInt() >= 400) {
                throw new IllegalStateException("AccessDeniedException (" + mock.get("responseCode").asInt() + ")");
            }
            return (Map) JsonTrees.toJava(mock.path("response"));
        });
        ConfigStore store = ConfigStore.builder()
                .env(Map.of("AWS_LOGIN_CACHE_DIRECTORY", cache.toString(), "AWS_EC2_METADATA_DISABLED", "true"))
                .configFile(config).credentialsFile(caseDir.resolve("none")).profileName("signin").build();
        CredentialResolver resolver = CredentialResolver.createDefault(store, signin,
                CredentialResolver.Options.defaults().withClock(CLOCK));
        for (JsonNode outcome : c.path("outcomes")) {
            switch (outcome.path("result").asString()) {
                case "error" -> assertThrows(CredentialRetrievalError.class, () -> resolver.loadCredentials().get());
                case "credentials" -> {
                    ResolvedCredentials rc = resolver.loadCredentials();
                    Credentials got = rc.get();
                    assertEquals("login", rc.method());
                    assertEquals(outcome.path("accessKeyId").asString(), got.accessKey());
                    assertEquals(outcome.path("secretAccessKey").asString(), got.secretKey());
                    assertEquals(outcome.path("sessionToken").asString(), got.token());
                    assertEquals(outcome.path("accountId").asString(), got.accountId());
                    assertEquals(Instant.parse(outcome.path("expiresAt").asString()), got.expiry());
                }
                case "cacheContents" -> {
                    Iterator<Map.Entry<String, JsonNode>> expected = outcome.properties().iterator();
                    while (expected.hasNext()) {
                        Map.Entry<String, JsonNode> e = expected.next();
                        if (!e.getKey().equals("result")) {
                            assertEquals(e.getValue(), Json.parse(Files.readAllBytes(cache.resolve(e.getKey()))));
                        }
                    }
                }
                default -> throw new AssertionError("unknown outcome " + outcome);
            }
        }
    }

    /** The proof is an ES256 JWT over POST and the URL, signed by the key whose public half is in its header. */
    private static void verifyDpop(String jwt) {
        try {
            verifyDpopOrThrow(jwt);
        } catch (java.security.GeneralSecurityException | IOException e) {
            throw new AssertionError("DPoP proof does not verify", e);
        }
    }

    private static void verifyDpopOrThrow(String jwt) throws java.security.GeneralSecurityException, IOException {
        String[] parts = jwt.split("\\.");
        JsonNode header = Json.parse(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode payload = Json.parse(Base64.getUrlDecoder().decode(parts[1]));
        assertEquals("dpop+jwt", header.path("typ").asString());
        assertEquals("ES256", header.path("alg").asString());
        assertEquals("POST", payload.path("htm").asString());
        assertEquals(TOKEN_URL, payload.path("htu").asString());
        assertEquals(CLOCK.instant().getEpochSecond(), payload.path("iat").asLong());
        AlgorithmParameters params = AlgorithmParameters.getInstance("EC");
        params.init(new ECGenParameterSpec("secp256r1"));
        ECPoint point = new ECPoint(
                new BigInteger(1, Base64.getUrlDecoder().decode(header.path("jwk").path("x").asString())),
                new BigInteger(1, Base64.getUrlDecoder().decode(header.path("jwk").path("y").asString())));
        PublicKey key = KeyFactory.getInstance("EC").generatePublic(
                new ECPublicKeySpec(point, params.getParameterSpec(ECParameterSpec.class)));
        Signature verify = Signature.getInstance("SHA256withECDSAinP1363Format");
        verify.initVerify(key);
        verify.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(verify.verify(Base64.getUrlDecoder().decode(parts[2])), "DPoP signature verifies");
    }
}
