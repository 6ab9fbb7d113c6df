package io.boto4j.http;

import io.boto4j.testsupport.Keytool;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS verification settings against an HTTPS server whose self-signed certificate is made by keytool at test
 * time, client certificates, and proxies (absolute-form requests, CONNECT tunnels with basic auth).
 */
class DefaultHttpClientTlsAndProxyTest {
    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    static Path dir;
    static Path serverCaPem;
    static Path clientCertPem;
    static Path clientKeyPem;
    static HttpsServer https;
    static HttpsServer mutualTls;
    static HttpsServer unnamedAddress;

    private static Path keyPair(String name, String dname) throws Exception {
        Path ks = dir.resolve(name + ".p12");
        Keytool.run("-genkeypair", "-alias", name, "-keyalg", "RSA", "-keysize", "2048", "-dname", dname,
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", ks.toString(), "-storepass", "changeit", "-keypass", "changeit");
        return ks;
    }

    private static KeyStore load(Path p12) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p12)) {
            ks.load(in, PASSWORD);
        }
        return ks;
    }

    private static HttpsServer server(KeyStore serverKeys, KeyStore trustedClients) throws Exception {
        return server(serverKeys, trustedClients, "127.0.0.1");
    }

    private static HttpsServer server(KeyStore serverKeys, KeyStore trustedClients, String address)
            throws Exception {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(serverKeys, PASSWORD);
        TrustManagerFactory tmf = null;
        if (trustedClients != null) {
            tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trustedClients);
        }
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), tmf == null ? null : tmf.getTrustManagers(), null);
        HttpsServer s = HttpsServer.create(new InetSocketAddress(address, 0), 10);
        s.setHttpsConfigurator(new HttpsConfigurator(ctx) {
            @Override
            public void configure(HttpsParameters params) {
                javax.net.ssl.SSLParameters p = getSSLContext().getDefaultSSLParameters();
                p.setNeedClientAuth(trustedClients != null);
                params.setSSLParameters(p);
            }
        });
        s.createContext("/", ex -> {
            byte[] body = ("secure " + ex.getRequestMethod()).getBytes(StandardCharsets.UTF_8);
            ex.getRequestBody().readAllBytes();
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        s.start();
        return s;
    }

    @BeforeAll
    static void startServers() throws Exception {
        Path serverKs = keyPair("server", "CN=localhost");
        serverCaPem = dir.resolve("server-ca.pem");
        Keytool.run("-exportcert", "-rfc", "-alias", "server", "-keystore", serverKs.toString(), "-storepass",
                "changeit", "-file", serverCaPem.toString());
        Path clientKs = keyPair("client", "CN=boto4j-test-client");
        KeyStore client = load(clientKs);
        clientCertPem = dir.resolve("client-cert.pem");
        Keytool.run("-exportcert", "-rfc", "-alias", "client", "-keystore", clientKs.toString(), "-storepass",
                "changeit", "-file", clientCertPem.toString());
        clientKeyPem = dir.resolve("client-key.pem");
        byte[] pkcs8 = client.getKey("client", PASSWORD).getEncoded();
        Files.writeString(clientKeyPem, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pkcs8)
                + "\n-----END PRIVATE KEY-----\n");
        KeyStore trustedClients = KeyStore.getInstance("PKCS12");
        trustedClients.load(null, null);
        trustedClients.setCertificateEntry("client", client.getCertificate("client"));
        https = server(load(serverKs), null);
        mutualTls = server(load(serverKs), trustedClients);
        // the certificate names localhost and 127.0.0.1, not this address
        unnamedAddress = server(load(serverKs), null, "127.0.0.2");
    }

    @AfterAll
    static void stopServers() {
        https.stop(0);
        mutualTls.stop(0);
        unnamedAddress.stop(0);
    }

    private static String url(HttpsServer s, String host) {
        return "https://" + host + ":" + s.getAddress().getPort() + "/";
    }

    private static String call(HttpClientSettings settings, String url) throws IOException {
        try (DefaultHttpClient c = new DefaultHttpClient(settings);
                HttpResponse r = c.execute(HttpRequest.builder().uri(url).build())) {
            return r.statusCode() + " " + new String(r.bodyBytes(), StandardCharsets.UTF_8);
        }
    }

    private static HttpClientSettings.Builder base() {
        return HttpClientSettings.builder().proxies(Map.of());
    }

    @Test
    void untrustedCertificatesAreRejectedByDefault() {
        HttpConnectionException e = assertThrows(HttpConnectionException.class,
                () -> call(base().build(), url(https, "localhost")));
        assertEquals(HttpConnectionException.Kind.TLS_FAILED, e.kind());
    }

    @Test
    void verifyFalseAcceptsAnyCertificate() throws IOException {
        assertEquals("200 secure GET", call(base().verify(false).build(), url(https, "localhost")));
    }

    @Test
    void caBundleMakesTheServerTrusted() throws IOException {
        assertEquals("200 secure GET", call(base().caBundle(serverCaPem).build(), url(https, "localhost")));
        assertEquals("200 secure GET", call(base().caBundle(serverCaPem).build(), url(https, "127.0.0.1")));
    }

    @Test
    void hostNameMustMatchTheCertificateUnlessVerificationIsOff() throws Exception {
        String unnamed = url(unnamedAddress, "127.0.0.2");
        HttpConnectionException e = assertThrows(HttpConnectionException.class,
                () -> call(base().caBundle(serverCaPem).build(), unnamed));
        assertEquals(HttpConnectionException.Kind.TLS_FAILED, e.kind());
        assertEquals("200 secure GET", call(base().verify(false).build(), unnamed));
    }

    @Test
    void clientCertificatesAuthenticateToServersThatRequireThem() throws IOException {
        assertThrows(IOException.class, () -> call(base().caBundle(serverCaPem).build(), url(mutualTls, "localhost")));
        assertEquals("200 secure GET", call(base().caBundle(serverCaPem).clientCert(clientCertPem, clientKeyPem)
                .build(), url(mutualTls, "localhost")));
    }

    @Test
    void unreadableBundlesFailWhenTheClientIsBuiltNamingTheFile() throws IOException {
        Path bad = dir.resolve("not-a-bundle.pem");
        Files.writeString(bad, "hello\n");
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> new DefaultHttpClient(base().caBundle(bad).build()));
        assertTrue(e.getMessage().contains("not-a-bundle.pem"), e.getMessage());
        Path broken = dir.resolve("broken.pem");
        Files.writeString(broken, "-----BEGIN CERTIFICATE-----\nAAAA\n");
        UncheckedIOException e2 = assertThrows(UncheckedIOException.class,
                () -> new DefaultHttpClient(base().caBundle(broken).build()));
        assertTrue(e2.getMessage().contains("broken.pem line 1"), e2.getMessage());
    }

    @Test
    void aBundleIsDecodedAtTheFirstHttpsConnectionNamingTheFileAndLineOfABadCertificate() throws Exception {
        Path undecodable = dir.resolve("undecodable.pem");
        Files.writeString(undecodable,
                "# corporate roots\n-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
        try (RawServer plain = new RawServer((socket, i) -> {
            RawServer.readHead(socket.getInputStream());
            RawServer.write(socket, "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nplain");
        });
                DefaultHttpClient client = new DefaultHttpClient(base().caBundle(undecodable).build())) {
            try (HttpResponse r = client.execute(HttpRequest.builder().uri("http://127.0.0.1:" + plain.port() + "/")
                    .build())) {
                assertEquals("plain", new String(r.bodyBytes(), StandardCharsets.UTF_8),
                        "plain http never decodes the bundle");
            }
            UncheckedIOException e = assertThrows(UncheckedIOException.class,
                    () -> client.execute(HttpRequest.builder().uri(url(https, "localhost")).build()).close());
            assertTrue(e.getMessage().contains("undecodable.pem line 2: not a valid X.509 certificate"),
                    e.getMessage());
        }
    }

    @Test
    void clientsNamingTheSameUnchangedFilesShareOneTlsFactory() throws Exception {
        Path bundle = dir.resolve("shared-bundle.pem");
        Files.copy(serverCaPem, bundle);
        var first = io.boto4j.internal.http.TlsSetup.socketFactory(base().caBundle(bundle).build());
        assertTrue(first == io.boto4j.internal.http.TlsSetup.socketFactory(base().caBundle(bundle).build()),
                "a second client's settings, equal but not the same object, get the first's factory");
        assertFalse(first == io.boto4j.internal.http.TlsSetup.socketFactory(base().caBundle(bundle).verify(false)
                .build()), "verify=false trusts every certificate: its own factory");
        Files.writeString(bundle, Files.readString(serverCaPem) + Files.readString(clientCertPem));
        var changed = io.boto4j.internal.http.TlsSetup.socketFactory(base().caBundle(bundle).build());
        assertFalse(first == changed, "a rewritten bundle is read again");
        assertEquals("200 secure GET", call(base().caBundle(bundle).build(), url(https, "localhost")));
    }

    /** A CONNECT proxy that checks basic auth, then relays bytes both ways. */
    private static RawServer tunnelProxy(List<String> seen) throws IOException {
        return new RawServer((socket, i) -> {
            InputStream in = socket.getInputStream();
            List<String> head = RawServer.readHead(in);
            seen.add(head.get(0));
            String auth = RawServer.header(head, "Proxy-Authorization");
            String expected = "Basic " + Base64.getEncoder().encodeToString("user:p@ss word".getBytes(
                    StandardCharsets.UTF_8));
            if (!expected.equals(auth)) {
                RawServer.write(socket, "HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n");
                socket.close();
                return;
            }
            String[] target = head.get(0).split(" ")[1].split(":");
            Socket upstream = new Socket(target[0], Integer.parseInt(target[1]));
            RawServer.write(socket, "HTTP/1.1 200 Connection established\r\n\r\n");
            Thread pump = new Thread(() -> {
                try {
                    upstream.getInputStream().transferTo(socket.getOutputStream());
                } catch (IOException ignored) {
                    // either side closed
                }
            });
            pump.setDaemon(true);
            pump.start();
            try {
                in.transferTo(upstream.getOutputStream());
            } catch (IOException ignored) {
                // either side closed
            } finally {
                upstream.close();
            }
        });
    }

    @Test
    void httpsGoesThroughAnAuthenticatedConnectTunnel() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        try (RawServer proxy = tunnelProxy(seen)) {
            String proxyUrl = "http://user:p%40ss%20word@127.0.0.1:" + proxy.port();
            HttpClientSettings settings = HttpClientSettings.builder().proxies(Map.of("https", proxyUrl))
                    .caBundle(serverCaPem).build();
            assertEquals("200 secure GET", call(settings, url(https, "localhost")));
            assertEquals("CONNECT localhost:" + https.getAddress().getPort() + " HTTP/1.1", seen.get(0));

            HttpClientSettings wrong = HttpClientSettings.builder().proxies(Map.of("https",
                    "http://user:nope@127.0.0.1:" + proxy.port())).caBundle(serverCaPem).build();
            HttpConnectionException e = assertThrows(HttpConnectionException.class,
                    () -> call(wrong, url(https, "localhost")));
            assertEquals(HttpConnectionException.Kind.PROXY_FAILED, e.kind());
            assertTrue(e.getMessage().contains("407"), e.getMessage());
            assertFalse(e.getMessage().contains("nope"), "proxy password leaked: " + e.getMessage());
            assertFalse(wrong.toString().contains("nope"), "proxy password leaked: " + wrong);
        }
    }

    @Test
    void plainHttpThroughAProxyUsesTheAbsoluteFormWithCredentials() throws Exception {
        List<List<String>> heads = new CopyOnWriteArrayList<>();
        try (RawServer proxy = new RawServer((socket, i) -> {
            List<String> head = RawServer.readHead(socket.getInputStream());
            heads.add(head);
            RawServer.write(socket, "HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\nproxied");
        })) {
            HttpClientSettings settings = HttpClientSettings.builder()
                    .proxies(Map.of("http", "http://alice:secret@127.0.0.1:" + proxy.port()))
                    .noProxy(List.of("internal.example", ".corp.example:8080")).build();
            assertEquals("200 proxied", call(settings, "http://service.example:8000/path?q=1"));
            List<String> head = heads.get(0);
            assertEquals("GET http://service.example:8000/path?q=1 HTTP/1.1", head.get(0));
            assertEquals("service.example:8000", RawServer.header(head, "Host"));
            assertEquals("Basic " + Base64.getEncoder().encodeToString("alice:secret".getBytes(
                    StandardCharsets.UTF_8)), RawServer.header(head, "Proxy-Authorization"));
        }
    }

    @Test
    void proxySelectionFollowsSchemeHostAndNoProxyRules() {
        var resolver = new io.boto4j.internal.http.ProxyResolver(Map.of("https", "proxy.a:3128",
                "http://special.host", "http://proxy.b:8080", "all", "http://proxy.c"),
                List.of("internal.example", ".corp.example", "10.0.0.1", "skip.me:8443"));
        assertEquals("proxy.a", resolver.proxyFor(java.net.URI.create("https://s3.amazonaws.com/")).host());
        assertEquals("proxy.b", resolver.proxyFor(java.net.URI.create("http://special.host/x")).host());
        assertEquals(8080, resolver.proxyFor(java.net.URI.create("http://special.host/x")).port());
        assertEquals("proxy.c", resolver.proxyFor(java.net.URI.create("http://other.host/")).host());
        assertNull(resolver.proxyFor(java.net.URI.create("https://internal.example/")));
        assertNull(resolver.proxyFor(java.net.URI.create("https://a.b.corp.example/")));
        assertNull(resolver.proxyFor(java.net.URI.create("http://10.0.0.1/")));
        assertNull(resolver.proxyFor(java.net.URI.create("https://skip.me:8443/")));
        assertEquals("proxy.a", resolver.proxyFor(java.net.URI.create("https://skip.me/")).host());
        assertEquals("proxy.a", resolver.proxyFor(java.net.URI.create("https://notinternal.example/")).host());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> new io.boto4j.internal.http.ProxyResolver(Map.of("https", "socks5://x:1"), List.of()));
        assertTrue(bad.getMessage().contains("socks5"), bad.getMessage());
    }

    @Test
    void environmentProxiesAreReadLowerCaseFirst() {
        HttpClientSettings s = HttpClientSettings.builder().proxiesFromEnvironment(Map.of(
                "HTTPS_PROXY", "http://upper:1", "https_proxy", "http://lower:2", "HTTP_PROXY", "http://h:3",
                "NO_PROXY", "a.example, b.example")).build();
        assertEquals(Map.of("https", "http://lower:2", "http", "http://h:3"), s.proxies());
        assertEquals(List.of("a.example", "b.example"), s.noProxy());
    }
}
