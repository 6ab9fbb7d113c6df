package io.boto4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.Boto;
import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import io.boto4j.config.Config;
import io.boto4j.events.EventHandler;
import io.boto4j.exception.ClientError;
import io.boto4j.testsupport.MotoServer;
import io.boto4j.testsupport.TestClients;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Everything boto4j logs at TRACE through full call cycles against moto (static keys, a session token, credentials
 * assumed through STS, a presigned URL, a failing call, sensitive members of Secrets Manager and IAM) is captured
 * with {@link Boto#setStreamLogger}; no secret value appears in it, nor in a result's or exception's string, and the
 * log does show the calls (so an empty log cannot pass).
 */
class SecretsNeverLoggedTest {
    private static final String STATIC_SECRET = "StaticSecretKeyValue0123456789abcdefABCD";
    private static final String SESSION_TOKEN = "SessionTokenValueThatMustNeverBeLogged0123456789";
    private static final String SECRET_STRING = "my-secret-string-value-4f1c2b";
    private static final String PASSWORD = "Pa55word-never-logged-9z";
    private static final ByteArrayOutputStream CAPTURED = new ByteArrayOutputStream();

    @AfterAll
    static void quiet() {
        Boto.setStreamLogger("io.boto4j", Level.OFF, new PrintStream(OutputStream.nullOutputStream()));
    }

    private static Session session(String key, String secret, String token) {
        return Session.builder().regionName("us-east-1").awsAccessKeyId(key).awsSecretAccessKey(secret)
                .awsSessionToken(token).environment(Map.of()).build();
    }

    private static Client client(Session s, String service, List<String> eventArgs) {
        EventHandler catchAll = (name, kwargs) -> {
            eventArgs.add(name + " " + kwargs);
            return null;
        };
        s.events().register("*", catchAll);
        return s.client(service, ClientOptions.builder().endpointUrl(MotoServer.shared().endpoint())
                .config(Config.builder().s3(Map.of("addressing_style", "path")).build()).build());
    }

    @Test
    void noSecretValueAppearsInTheTraceLogResultsOrErrorsOfFullCallCycles() throws Exception {
        PrintStream capture = new PrintStream(CAPTURED, true, StandardCharsets.UTF_8);
        Boto.setStreamLogger("io.boto4j", Level.TRACE, capture);
        List<String> seen = new ArrayList<>();
        List<String> eventArgs = new ArrayList<>();
        List<String> secrets = new ArrayList<>(List.of(STATIC_SECRET, SESSION_TOKEN, SECRET_STRING, PASSWORD));

        try (Client sm = client(session("AKIDSTATICKEY", STATIC_SECRET, null), "secretsmanager", eventArgs)) {
            String name = TestClients.unique("logged");
            seen.add(String.valueOf(sm.call("CreateSecret", Map.of("Name", name, "SecretString", SECRET_STRING))));
            seen.add(String.valueOf(sm.call("GetSecretValue", Map.of("SecretId", name))));
            ClientError e = assertThrows(ClientError.class,
                    () -> sm.call("GetSecretValue", Map.of("SecretId", name + "-missing")));
            seen.add(e.getMessage());
            seen.add(String.valueOf(e));
        }
        try (Client iam = client(session("AKIDSESSIONKEY", STATIC_SECRET, SESSION_TOKEN), "iam", eventArgs)) {
            String user = TestClients.unique("logged-user");
            iam.call("CreateUser", Map.of("UserName", user));
            seen.add(String.valueOf(iam.call("CreateLoginProfile", Map.of("UserName", user, "Password", PASSWORD))));
        }
        String assumedSecret;
        String assumedToken;
        try (Client sts = client(session("AKIDSTATICKEY", STATIC_SECRET, null), "sts", eventArgs)) {
            Map<String, Object> out = sts.call("AssumeRole", Map.of("RoleArn", "arn:aws:iam::123456789012:role/r",
                    "RoleSessionName", "logged"));
            seen.add(String.valueOf(out));
            @SuppressWarnings("unchecked")
            Map<String, Object> creds = (Map<String, Object>) out.get("Credentials");
            assumedSecret = (String) creds.get("SecretAccessKey");
            assumedToken = (String) creds.get("SessionToken");
            secrets.add(assumedSecret);
            secrets.add(assumedToken);
        }
        try (Client s3 = client(session("AKIDASSUMED", assumedSecret, assumedToken), "s3", eventArgs)) {
            String bucket = TestClients.unique("logged-bucket");
            s3.call("CreateBucket", Map.of("Bucket", bucket));
            s3.call("PutObject", Map.of("Bucket", bucket, "Key", "k", "Body", "data".getBytes(StandardCharsets.UTF_8)));
            String url = s3.generatePresignedUrl("GetObject", Map.of("Bucket", bucket, "Key", "k"));
            String signature = url.replaceAll(".*X-Amz-Signature=([^&]+).*", "$1");
            secrets.add(signature);
            var fetched = HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(URI.create(url)).build(),
                    BodyHandlers.ofString());
            assertEquals("data", fetched.body(), "the presigned URL works");
            // the presigned URL handed to a call: logged with its signature and token masked
            s3.call("ListObjectsV2", Map.of("Bucket", bucket, "Prefix", url));
        }

        // event arguments are not checked yet: their params maps print sensitive inputs (reported on issue 18)
        assertTrue(eventArgs.size() > 20, "the catch-all handler saw the calls' events");
        String log = CAPTURED.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("io.boto4j.call [DEBUG] secretsmanager.GetSecretValue -> HTTP 200"), log);
        assertTrue(log.contains("ResourceNotFoundException"), "the failing call is logged");
        assertTrue(log.contains("io.boto4j.wire [TRACE] sts.AssumeRole attempt 1 response: 200"), log);
        assertTrue(log.contains("<SecretAccessKey>***"), "the assumed credentials are masked, not absent");
        assertTrue(log.contains("\"SecretString\": \"***\"") || log.contains("\"SecretString\":\"***\""), log);
        for (String secret : secrets) {
            assertTrue(!log.contains(secret), "the log shows a secret: " + secret);
            for (String s : seen) {
                assertTrue(!s.contains(secret), "a string shows a secret (" + secret + "): " + s);
            }
        }
        assertTrue(log.lines().count() > 30, "expected a wire log of every call, got:\n" + log);
    }
}
