package io.boto4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.boto4j.client.Client;
import io.boto4j.spring.testsupport.HermeticAws;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * boto4j.ssl.bundle (and boto4j.clients.&lt;service&gt;.ssl.bundle) hands a Spring Boot SSL bundle's key and trust
 * material to the client's HTTP connections. The server is a loopback TLS server of this test that requires a
 * client certificate, with key stores made by the JDK's keytool for this run.
 */
class SslBundleTlsTest {
    private static final String PASSWORD = "changeit";

    @TempDir
    static Path dir;
    static TlsServer server;

    @BeforeAll
    static void keysAndServer() throws Exception {
        keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-dname", "CN=localhost",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", store("server.p12"), "-storepass", PASSWORD);
        keytool("-genkeypair", "-alias", "client", "-keyalg", "EC", "-dname", "CN=boto4j test client",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", store("client.p12"), "-storepass", PASSWORD);
        keytool("-exportcert", "-alias", "server", "-keystore", store("server.p12"), "-storepass", PASSWORD,
                "-file", store("server.cer"));
        keytool("-exportcert", "-alias", "client", "-keystore", store("client.p12"), "-storepass", PASSWORD,
                "-file", store("client.cer"));
        keytool("-importcert", "-noprompt", "-alias", "server", "-file", store("server.cer"), "-storetype", "PKCS12",
                "-keystore", store("client-trust.p12"), "-storepass", PASSWORD);
        keytool("-importcert", "-noprompt", "-alias", "client", "-file", store("client.cer"), "-storetype", "PKCS12",
                "-keystore", store("server-trust.p12"), "-storepass", PASSWORD);
        server = TlsServer.start(load("server.p12"), load("server-trust.p12"));
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aCallWithTheBundlePresentsItsClientCertificateAndTrustsItsServer() {
        runner("boto4j.ssl.bundle=corp", "spring.ssl.bundle.jks.corp.keystore.location=file:" + store("client.p12"))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    Client sqs = context.getBean("sqsClient", Client.class);
                    int before = server.clientSubjects.size();
                    sqs.call("ListQueues");
                    assertThat(server.clientSubjects.subList(before, server.clientSubjects.size()))
                            .containsExactly("CN=boto4j test client");
                });
    }

    @Test
    void aClientsOwnBundleIsUsedForThatClient() {
        runner("boto4j.ssl.bundle=nokey", "boto4j.clients.sqs.ssl.bundle=corp",
                "spring.ssl.bundle.jks.corp.keystore.location=file:" + store("client.p12"),
                "spring.ssl.bundle.jks.nokey.truststore.location=file:" + store("client-trust.p12"),
                "spring.ssl.bundle.jks.nokey.truststore.password=" + PASSWORD,
                "spring.ssl.bundle.jks.nokey.truststore.type=PKCS12")
                .run(context -> {
                    int before = server.clientSubjects.size();
                    context.getBean("sqsClient", Client.class).call("ListQueues");
                    assertThat(server.clientSubjects.subList(before, server.clientSubjects.size()))
                            .containsExactly("CN=boto4j test client");
                });
    }

    @Test
    void withoutABundleTheHandshakeFailsBecauseTheServerIsNotTrusted() {
        runner().run(context -> {
            Client sqs = context.getBean("sqsClient", Client.class);
            assertThatThrownBy(() -> sqs.call("ListQueues"))
                    .hasStackTraceContaining("PKIX path building failed");
        });
    }

    @Test
    void aBundleWithTrustButNoKeyIsRefusedByAServerThatRequiresAClientCertificate() {
        runner("boto4j.ssl.bundle=nokey",
                "spring.ssl.bundle.jks.nokey.truststore.location=file:" + store("client-trust.p12"),
                "spring.ssl.bundle.jks.nokey.truststore.password=" + PASSWORD,
                "spring.ssl.bundle.jks.nokey.truststore.type=PKCS12")
                .run(context -> {
                    Client sqs = context.getBean("sqsClient", Client.class);
                    assertThatThrownBy(() -> sqs.call("ListQueues"))
                            .satisfies(e -> assertThat(e).hasMessageContaining(server.endpoint()));
                    assertThat(server.refusedHandshakes).isNotEmpty();
                });
    }

    @Test
    void anUnknownBundleNameFailsStartUpNamingTheProperty() {
        runner("boto4j.clients.sqs.ssl.bundle=crop",
                "spring.ssl.bundle.jks.corp.keystore.location=file:" + store("client.p12"))
                .run(context -> assertThatThrownBy(() -> context.getBean("sqsClient"))
                        .hasStackTraceContaining("boto4j.clients.sqs.ssl.bundle")
                        .hasStackTraceContaining("corp"));
    }

    private static ApplicationContextRunner runner(String... properties) {
        return Runners.on(HermeticAws.create())
                .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class))
                .withPropertyValues("boto4j.region=eu-west-1", "boto4j.clients.sqs.enabled=true",
                        "boto4j.credentials.access-key-id=AKIDTEST", "boto4j.credentials.secret-access-key=secret",
                        "boto4j.endpoint-url=" + server.endpoint(), "boto4j.config.retries.total-max-attempts=1",
                        "spring.ssl.bundle.jks.corp.keystore.password=" + PASSWORD,
                        "spring.ssl.bundle.jks.corp.keystore.type=PKCS12",
                        "spring.ssl.bundle.jks.corp.truststore.location=file:" + store("client-trust.p12"),
                        "spring.ssl.bundle.jks.corp.truststore.password=" + PASSWORD,
                        "spring.ssl.bundle.jks.corp.truststore.type=PKCS12")
                .withPropertyValues(properties);
    }

    private static String store(String name) {
        return dir.resolve(name).toString();
    }

    private static KeyStore load(String name) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(dir.resolve(name))) {
            ks.load(in, PASSWORD.toCharArray());
        }
        return ks;
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }

    /** Answers every request with an empty JSON document, after a handshake that requires a client certificate. */
    static final class TlsServer implements AutoCloseable {
        final List<String> clientSubjects = new CopyOnWriteArrayList<>();
        final List<String> refusedHandshakes = new CopyOnWriteArrayList<>();
        private final SSLServerSocket socket;
        private final Thread acceptor;

        private TlsServer(SSLServerSocket socket) {
            this.socket = socket;
            this.acceptor = new Thread(this::serve, "tls-test-server");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        static TlsServer start(KeyStore keys, KeyStore trust) throws Exception {
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, PASSWORD.toCharArray());
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            SSLServerSocket s = (SSLServerSocket) ctx.getServerSocketFactory()
                    .createServerSocket(0, 50, InetAddress.getLoopbackAddress());
            s.setNeedClientAuth(true);
            return new TlsServer(s);
        }

        String endpoint() {
            return "https://127.0.0.1:" + socket.getLocalPort();
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (SSLSocket conn = (SSLSocket) socket.accept()) {
                    conn.setSoTimeout(10_000);
                    try {
                        conn.startHandshake();
                    } catch (IOException refused) {
                        refusedHandshakes.add(String.valueOf(refused.getMessage()));
                        continue;
                    }
                    X509Certificate peer = (X509Certificate) conn.getSession().getPeerCertificates()[0];
                    clientSubjects.add(peer.getSubjectX500Principal().getName());
                    answer(conn);
                } catch (IOException e) {
                    if (socket.isClosed()) {
                        return;
                    }
                }
            }
        }

        private static void answer(SSLSocket conn) throws IOException {
            BufferedReader in = new BufferedReader(new InputStreamReader(conn.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            int length = 0;
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).trim());
                }
            }
            for (int i = 0; i < length; i++) {
                in.read();
            }
            byte[] body = "{}".getBytes(StandardCharsets.US_ASCII);
            OutputStream out = conn.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.0\r\nConnection: close\r\n"
                    + "x-amzn-RequestId: tls-test\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

}
