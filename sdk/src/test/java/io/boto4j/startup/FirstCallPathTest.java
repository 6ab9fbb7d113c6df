package io.boto4j.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.testsupport.Keytool;
import io.boto4j.testsupport.MotoServer;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a fresh JVM loads to make its first call (a session, an SQS client, CreateQueue against moto), read from
 * the JVM's own class-load log: the start-up work bench/README.md measures stays off this path. Classes, never
 * timings: each class below costs a cold process time, and a lambda costs it a class spun at run time. Four JVMs:
 * SQS with explicit keys (the bench's path); S3, SNS, Lambda, DynamoDB and STS with an {@code AWS_CA_BUNDLE}, as many
 * corporate machines set one, against moto's plain http, and the keys in the environment, as a Lambda function has
 * them; region, retries and keys from the shared files, then a listing in pages; and boto3's resource API.
 */
class FirstCallPathTest {
    private static final String SQS_CUSTOMIZATION = "io.boto4j.internal.customizations.sqs.";
    private static List<String> loaded;
    private static String output;
    private static List<String> otherProtocolsLoaded;
    private static String otherOutput;
    private static String filesOutput;
    private static String resourceOutput;

    @BeforeAll
    static void runFreshJvms(@TempDir Path dir) throws Exception {
        output = firstCalls(dir.resolve("sqs"), "sqs", null);
        loaded = loadedClasses(output);
        otherOutput = firstCalls(dir.resolve("others"), "s3,sns,lambda,dynamodb,sts", caBundle(dir));
        otherProtocolsLoaded = loadedClasses(otherOutput);
        filesOutput = firstCallsWithSharedFiles(dir.resolve("files"));
        resourceOutput = firstCalls(dir.resolve("resource"), "s3-resource", null);
    }

    /**
     * A developer machine's first calls: region, standard retries and keys from the shared config and credentials
     * files, found by the default chain; then a listing in pages, with adaptive retries.
     */
    private static String firstCallsWithSharedFiles(Path dir) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("config"), "[default]\nregion = us-east-1\nretry_mode = standard\n");
        Files.writeString(dir.resolve("credentials"), "[default]\naws_access_key_id = AKIDFROMTHEFILE00000\n"
                + "aws_secret_access_key = secretFromTheCredentialsFile00000000000\n");
        return firstCalls(dir, "sqs,s3-pages", null, Map.of("AWS_CONFIG_FILE", dir.resolve("config").toString(),
                "AWS_SHARED_CREDENTIALS_FILE", dir.resolve("credentials").toString()));
    }

    /** A real CA certificate's PEM, made by keytool. */
    private static Path caBundle(Path dir) throws Exception {
        Path ks = dir.resolve("ca.p12");
        Path pem = dir.resolve("ca-bundle.pem");
        Keytool.run("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-dname", "CN=first-call-ca", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", ks.toString(), "-storepass", "changeit");
        Keytool.run("-exportcert", "-rfc", "-alias", "ca", "-keystore", ks.toString(), "-storepass", "changeit",
                "-file", pem.toString());
        return pem;
    }

    /**
     * The class-load log and output of a fresh JVM that makes the first call of each of {@code services}; when
     * {@code caBundle} is not null, with {@code AWS_CA_BUNDLE} set to it and the region and keys in the environment.
     * Given a CA bundle or more variables, the session finds its region and keys through the default chains.
     */
    private static String firstCalls(Path dir, String services, Path caBundle) throws Exception {
        return firstCalls(dir, services, caBundle, Map.of());
    }

    private static String firstCalls(Path dir, String services, Path caBundle, Map<String, String> extraEnv)
            throws Exception {
        Files.createDirectories(dir);
        boolean chain = caBundle != null || !extraEnv.isEmpty();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"),
                FirstCallMain.class.getName(), MotoServer.shared().endpoint(), services, chain ? "chain" : "explicit"));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.log").toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("AWS_"));
        env.put("AWS_CONFIG_FILE", dir.resolve("no-config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", dir.resolve("no-credentials").toString());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.putAll(extraEnv);
        if (caBundle != null) {
            env.put("AWS_CA_BUNDLE", caBundle.toString());
            env.put("AWS_DEFAULT_REGION", "us-east-1");
            env.put("AWS_ACCESS_KEY_ID", "AKIDFROMENVIRONMENT0");
            env.put("AWS_SECRET_ACCESS_KEY", "secretFromTheEnvironment000000000000000");
        }
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the first-call JVM did not finish in 120 s: " + cmd);
        }
        String out = Files.readString(dir.resolve("out.log"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    private static List<String> loadedClasses(String log) {
        List<String> classes = new ArrayList<>();
        for (String line : log.split("\n")) {
            int at = line.indexOf("] ");
            int source = line.indexOf(" source: ");
            if (line.contains("[class,load]") && at >= 0 && source > at) {
                classes.add(line.substring(at + 2, source).trim());
            }
        }
        return classes;
    }

    private static TreeSet<String> boto4jLambdaHosts(List<String> classes) {
        TreeSet<String> lambdas = new TreeSet<>();
        for (String c : classes) {
            if (c.startsWith("io.boto4j.") && c.contains("$$Lambda")) {
                lambdas.add(c.substring(0, c.indexOf("$$Lambda")));
            }
        }
        return lambdas;
    }

    @Test
    void theCallReachedTheServer() {
        assertTrue(output.contains("queue ") && output.contains("first-call-path"), output);
        assertTrue(loaded.size() > 500, "the class-load log was read: " + loaded.size() + " classes");
    }

    @Test
    void noBoto4jLambdaIsLinkedOnTheWayToTheFirstCall() {
        assertEquals(new TreeSet<>(), boto4jLambdaHosts(loaded), "classes whose lambdas or method references the "
                + "first call links; write these sites as loops or named classes (each lambda spins a class on a cold JVM)");
    }

    @Test
    void norOnTheFirstCallsOfS3WithItsCustomizationsSnsLambdaDynamoDbAndStsWithKeysFromTheEnvironment() {
        assertTrue(otherOutput.contains("credentials from env"), "the default chain found the keys: " + otherOutput);
        assertTrue(otherProtocolsLoaded.contains("io.boto4j.internal.customizations.s3.S3Customization")
                && otherProtocolsLoaded.contains("io.boto4j.internal.protocol.query.QueryParser")
                && otherProtocolsLoaded.contains("io.boto4j.internal.protocol.restjson.RestJsonParser"),
                "the rest-xml, query and rest-json paths ran");
        assertEquals(new TreeSet<>(), boto4jLambdaHosts(otherProtocolsLoaded), "classes whose lambdas the first "
                + "rest-xml (S3), query (SNS, STS), rest-json (Lambda) and DynamoDB calls and the default credentials "
                + "chain link");
    }

    @Test
    void norWithRegionRetriesAndKeysFromTheSharedFilesNorOnAFirstListingInPages() {
        assertTrue(filesOutput.contains("sent ") && filesOutput.contains("credentials from shared-credentials-file"),
                "the call was made with the file's keys: " + filesOutput);
        assertTrue(filesOutput.contains("pages 2"), "three keys were listed two to a page: " + filesOutput);
        List<String> classes = loadedClasses(filesOutput);
        assertTrue(classes.contains("io.boto4j.internal.retry.StandardRetryStrategy")
                && classes.contains("io.boto4j.internal.retry.AdaptiveRetryStrategy"), "both retry modes were on");
        assertEquals(new TreeSet<>(), boto4jLambdaHosts(classes), "classes whose lambdas a first call with the "
                + "shared files (the default chain down to shared-credentials-file, standard retries) and a first "
                + "paginated call with adaptive retries link");
    }

    @Test
    void aFirstResourceLinksNoLambdaOfTheResourceLayer() {
        assertTrue(resourceOutput.contains("content length 2"), "the object's attribute was loaded: " + resourceOutput);
        TreeSet<String> core = new TreeSet<>();
        for (String host : boto4jLambdaHosts(loadedClasses(resourceOutput))) {
            // the services' resource customizations inject boto3's methods as lambdas, spun only for their classes
            if (!host.startsWith("io.boto4j.internal.resource.customizations.")) {
                core.add(host);
            }
        }
        assertEquals(new TreeSet<>(), core, "classes of the resource layer and the session whose lambdas a first "
                + "resource links (it linked 27 before they became loops and named classes)");
    }

    @Test
    void s3sFirstCallsBuildNoStaxFactoryAndCompileNoIpv6Pattern() {
        assertTrue(otherProtocolsLoaded.contains("io.boto4j.internal.customizations.s3.ErrorsIn200Responses")
                && otherProtocolsLoaded.contains("io.boto4j.internal.endpoints.rules.ParsedUrl"),
                "S3's errors-in-200 check was registered and its rules parsed the endpoint URL");
        TreeSet<String> found = new TreeSet<>();
        for (String c : otherProtocolsLoaded) {
            if (c.equals("com.sun.xml.internal.stream.XMLInputFactoryImpl")
                    || c.equals("io.boto4j.internal.endpoints.rules.ParsedUrl$Ipv6")) {
                found.add(c);
            }
        }
        assertEquals(new TreeSet<>(), found, "a StAX factory (the JAXP lookup, some 20 ms) is made for the first "
                + "copy or multipart completion, and the IPv6 pattern (some 5 ms) for the first bracketed host");
    }

    @Test
    void onlyTheCalledServicesCustomizationIsLoaded() {
        TreeSet<String> others = new TreeSet<>();
        boolean sqs = false;
        for (String c : loaded) {
            if (c.startsWith("io.boto4j.internal.customizations.") && c.indexOf('.', 34) > 0) {
                String sub = c.substring(0, c.lastIndexOf('.') + 1);
                if (sub.equals(SQS_CUSTOMIZATION)) {
                    sqs = true;
                } else if (!sub.equals("io.boto4j.internal.customizations.")
                        && !sub.equals("io.boto4j.internal.customizations.common.")) {
                    others.add(c);
                }
            }
        }
        assertTrue(sqs, "SQS's customization is installed on an SQS client");
        assertEquals(new TreeSet<>(), others, "other services' customizations loaded by an SQS client");
    }

    @Test
    void jsonIsReadAndWrittenWithoutJacksonsFactoryParserMapperOrNodes() {
        assertTrue(loaded.contains("io.boto4j.internal.json.JsonReader"), "the first call reads JSON");
        assertTrue(loaded.contains("io.boto4j.internal.json.ObjectNode"), "models are boto4j's own trees");
        TreeSet<String> jackson = new TreeSet<>();
        for (String c : loaded) {
            if (c.startsWith("tools.jackson.core.json.") || c.equals("tools.jackson.core.JsonGenerator")
                    || c.startsWith("tools.jackson.databind.ObjectMapper")
                    || c.startsWith("tools.jackson.databind.node.")) {
                jackson.add(c);
            }
        }
        assertEquals(new TreeSet<>(), jackson, "jackson-core's JSON factory, parser and generator (about a hundred "
                + "classes), the mapper (some 500) and databind's node classes (some 35) stay off the first call: "
                + "JsonReader, JsonWriter and internal/json's trees do its JSON");
    }

    @Test
    void aCaBundleIsCheckedButNoCertificateIsDecodedForPlainHttp() {
        assertTrue(otherProtocolsLoaded.contains("io.boto4j.internal.http.TlsSetup"),
                "the second JVM's clients checked their AWS_CA_BUNDLE");
        TreeSet<String> tls = new TreeSet<>();
        for (String c : otherProtocolsLoaded) {
            // SSLSocket and SSLException are linked by the engine's verification either way
            if (c.startsWith("sun.security.x509.") || c.startsWith("sun.security.ssl.")
                    || c.equals("javax.net.ssl.SSLContext") || c.equals("java.security.cert.CertificateFactory")) {
                tls.add(c);
            }
        }
        assertEquals(new TreeSet<>(), tls, "certificates are decoded and an SSLContext built (some 300 classes, "
                + "270 ms in a fresh JVM for a system bundle) only at a client's first https connection");
    }

    @Test
    void signaturesAndSqsMessageChecksumsNeedNoJdkSecurityProvider() {
        assertTrue(output.contains("sent "), "SendMessage's MD5s were checked: " + output);
        assertTrue(loaded.contains("io.boto4j.internal.digest.Md5"), "SQS's MD5s were computed in-process");
        for (List<String> classes : List.of(loaded, otherProtocolsLoaded)) {
            TreeSet<String> jca = new TreeSet<>();
            for (String c : classes) {
                if (c.startsWith("sun.security.jca.") || c.equals("java.security.MessageDigest$Delegate")) {
                    jca.add(c);
                }
            }
            assertEquals(new TreeSet<>(), jca, "the JDK's provider list (some 80 classes) is built only once a "
                    + "process has made a few hundred small digests (see io.boto4j.internal.digest.Digests)");
        }
    }

    @Test
    void theClassPathIsThisBuildsOwn() {
        assertTrue(System.getProperty("java.class.path").contains("target" + File.separator + "classes"),
                System.getProperty("java.class.path"));
    }
}
