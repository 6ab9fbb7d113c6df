package io.boto4j.reliability;

import io.boto4j.testsupport.Keytool;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import io.boto4j.config.Config;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streaming uploads under connection faults: a loopback server that cuts the first connections half-way through
 * the body (a reset, as a dying load balancer does) and checks every byte of the upload it finally accepts. A body
 * that can be read again (a file, a mark-supporting stream) is retried whole; one that cannot is refused with a
 * clear error; in no case is a short object accepted.
 */
class StreamingUploadFaultTest {
    private static final int SIZE = 8 << 20;

    @TempDir
    Path dir;

    private CuttingServer server;

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aFileUploadCutMidBodyIsRetriedWholeAndTheServerAcceptsExactlyItsBytes() throws Exception {
        Path file = generated();
        server = new CuttingServer(2);
        try (Client s3 = client()) {
            s3.call("PutObject", Map.of("Bucket", "b", "Key", "k", "Body", file));
        }
        assertEquals(3, server.connections.get(), "connections: two cut, the third accepted");
        assertEquals(storedWhole(file), server.stored);
    }

    @Test
    void anUploadPartCutMidBodyIsRetriedWholeToo() throws Exception {
        Path file = generated();
        server = new CuttingServer(1);
        try (Client s3 = client()) {
            s3.call("UploadPart", Map.of("Bucket", "b", "Key", "k", "UploadId", "u1", "PartNumber", 1, "Body", file));
        }
        assertEquals(2, server.connections.get());
        assertEquals(storedWhole(file), server.stored);
    }

    @Test
    void aMarkSupportingStreamCutMidBodyIsRewoundAndSentWhole() throws Exception {
        Path file = generated();
        server = new CuttingServer(2);
        try (Client s3 = client(); InputStream marked = new BufferedInputStream(new FileInputStream(file.toFile()))) {
            putSized(s3, marked);
        }
        assertEquals(3, server.connections.get());
        assertEquals(storedWhole(file), server.stored);
    }

    @Test
    void aStreamShorterThanItsDeclaredContentLengthFailsTheCallAndNothingIsStored() throws Exception {
        Path file = generated();
        server = new CuttingServer(0);
        RuntimeException e;
        try (Client s3 = client(); InputStream half = new BufferedInputStream(
                new java.io.ByteArrayInputStream(Files.readAllBytes(file), 0, SIZE / 2))) {
            e = assertThrows(RuntimeException.class, () -> putSized(s3, half));
        }
        assertEquals(List.of(), server.stored, "a short body must never become an object");
        assertTrue(String.valueOf(e.getMessage()).contains("ended after " + SIZE / 2 + " of " + SIZE + " bytes"),
                String.valueOf(e));
    }

    @Test
    void aStreamThatCannotBeReadTwiceIsRefusedBeforeSendingOverPlainHttpNamingTheWayOut() throws Exception {
        // SigV4 over http signs the payload's SHA-256, which needs a first pass over the body (botocore too)
        Path file = generated();
        server = new CuttingServer(0);
        IllegalStateException e;
        try (Client s3 = client(); InputStream once = new FileInputStream(file.toFile())) {
            e = assertThrows(IllegalStateException.class, () -> putSized(s3, once));
        }
        assertEquals(0, server.connections.get(), "nothing was sent");
        assertEquals(List.of(), server.stored);
        assertTrue(e.getMessage().contains("pass bytes, a Path or a mark-supporting stream"), e.getMessage());
    }

    @Test
    void aReadOnceStreamCutMidBodyOverHttpsFailsAfterOneAttemptNamingTheWayOutAndNothingIsStored() throws Exception {
        // over https S3 signs UNSIGNED-PAYLOAD, so a read-once stream is sent as it is read: a cut cannot be retried
        Path file = generated();
        Path caPem = selfSignedServerKeys();
        server = new CuttingServer(1, serverTls());
        Exception e;
        try (Client s3 = client("https", caPem); InputStream once = new FileInputStream(file.toFile())) {
            e = assertThrows(Exception.class, () -> putSized(s3, once));
        }
        assertEquals(1, server.connections.get(), "connections: the cut one, and no retry with a half-read stream");
        assertEquals(List.of(), server.stored);
        assertTrue(e instanceof io.boto4j.exception.ConnectionClosedError, e.getClass().getName());
        assertTrue(e.getMessage().contains("not retried: the request body is a stream that was sent once and cannot "
                + "be read again (pass bytes, a Path or a mark-supporting InputStream"), e.getMessage());
    }

    @Test
    void aReadOnceStreamWithItsContentLengthIsUploadedWholeOverHttpsAwsChunkedWithItsChecksumTrailer()
            throws Exception {
        Path file = generated();
        Path caPem = selfSignedServerKeys();
        server = new CuttingServer(0, serverTls());
        try (Client s3 = client("https", caPem); InputStream once = new FileInputStream(file.toFile())) {
            putSized(s3, once);
        }
        assertEquals(1, server.connections.get());
        assertEquals(storedWhole(file), server.stored);
    }

    @Test
    void aFileWithAnExplicitContentLengthIsUploadedWholeOverHttps() throws Exception {
        Path file = generated();
        Path caPem = selfSignedServerKeys();
        server = new CuttingServer(0, serverTls());
        try (Client s3 = client("https", caPem)) {
            putSized(s3, file);
        }
        assertEquals(storedWhole(file), server.stored);
    }

    @Test
    void aFileWhoseContentLengthIsNotItsSizeIsRefusedOverHttpsBeforeSendingNamingBoth() throws Exception {
        Path file = generated();
        Path caPem = selfSignedServerKeys();
        server = new CuttingServer(0, serverTls());
        IllegalArgumentException e;
        try (Client s3 = client("https", caPem)) {
            e = assertThrows(IllegalArgumentException.class, () -> s3.call("PutObject",
                    Map.of("Bucket", "b", "Key", "k", "Body", file, "ContentLength", (long) SIZE - 1)));
        }
        assertEquals("Content-Length header says " + (SIZE - 1) + " but the request body has " + SIZE + " bytes",
                e.getMessage());
        assertEquals(0, server.connections.get(), "nothing was sent");
    }

    @Test
    void aReadOnceStreamAnsweredWithA500OverHttpsIsNotRetriedAndTheClientErrorSaysWhyNamingTheWayOut()
            throws Exception {
        // a 500 is retryable, but the stream was read once while sending: botocore raises UnseekableStreamError
        // on the retry; here the service's own error is raised, with the reason it was not retried
        Path file = generated();
        Path caPem = selfSignedServerKeys();
        server = new CuttingServer(0, 1, serverTls());
        io.boto4j.exception.ClientError e;
        try (Client s3 = client("https", caPem); InputStream once = new FileInputStream(file.toFile())) {
            e = assertThrows(io.boto4j.exception.ClientError.class, () -> putSized(s3, once));
        }
        assertEquals(1, server.connections.get(), "connections: the failed attempt only");
        assertEquals("InternalError", e.getErrorCode());
        assertEquals(500, e.getHttpStatusCode());
        assertTrue(e.getMessage().startsWith("An error occurred (InternalError) when calling the PutObject operation: "
                + "We encountered an internal error; not retried: the request body is a stream that was sent once "
                + "and cannot be read again (pass bytes, a Path or a mark-supporting InputStream"), e.getMessage());
    }

    @Test
    void aFileUploadAnsweredWithA500IsRetriedAndTheServerAcceptsExactlyItsBytes() throws Exception {
        Path file = generated();
        server = new CuttingServer(0, 1, null);
        try (Client s3 = client()) {
            s3.call("PutObject", Map.of("Bucket", "b", "Key", "k", "Body", file));
        }
        assertEquals(storedWhole(file), server.stored);
    }

    @Test
    void aFileUploadCutMidBodyOverHttpsIsRetriedWholeAndTheServerAcceptsExactlyItsBytes() throws Exception {
        Path file = generated();
        Path caPem = selfSignedServerKeys();
        server = new CuttingServer(1, serverTls());
        try (Client s3 = client("https", caPem)) {
            s3.call("PutObject", Map.of("Bucket", "b", "Key", "k", "Body", file));
        }
        assertEquals(2, server.connections.get(), "connections: one cut, the second accepted");
        assertEquals(storedWhole(file), server.stored);
    }

    private Path keyStore;

    /** A self-signed certificate for 127.0.0.1 made by keytool; returns its PEM for the client's CA bundle. */
    private Path selfSignedServerKeys() throws Exception {
        keyStore = dir.resolve("server.p12");
        Path pem = dir.resolve("server-ca.pem");
        Keytool.run("-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost",
                "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore",
                keyStore.toString(), "-storepass", "changeit", "-keypass", "changeit");
        Keytool.run("-exportcert", "-rfc", "-alias", "server", "-keystore", keyStore.toString(), "-storepass",
                "changeit", "-file", pem.toString());
        return pem;
    }

    private javax.net.ssl.SSLServerSocketFactory serverTls() throws Exception {
        java.security.KeyStore ks = java.security.KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            ks.load(in, "changeit".toCharArray());
        }
        javax.net.ssl.KeyManagerFactory kmf = javax.net.ssl.KeyManagerFactory.getInstance(
                javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, "changeit".toCharArray());
        javax.net.ssl.SSLContext ctx = javax.net.ssl.SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        return ctx.getServerSocketFactory();
    }

    private Client client() {
        return client("http", null);
    }

    private Client client(String scheme, Path caPem) {
        Session session = Session.builder().regionName("us-east-1").awsAccessKeyId("AKIDUPLOADFAULT")
                .awsSecretAccessKey("upload-fault-secret").environment(Map.of()).build();
        ClientOptions.Builder options = ClientOptions.builder();
        if (caPem != null) {
            options.verify(caPem.toString());
        }
        return session.client("s3", options.endpointUrl(scheme + "://127.0.0.1:" + server.port())
                .config(Config.builder().s3(Map.of("addressing_style", "path"))
                        .retries(Map.of("mode", "standard", "total_max_attempts", 3)).build()).build());
    }

    private Path generated() throws IOException {
        byte[] bytes = new byte[SIZE];
        GeneratedObject.fill(0, bytes, SIZE);
        return Files.write(dir.resolve("upload.bin"), bytes);
    }

    /** A PutObject of {@code body} to /b/k declaring the generated file's size. */
    private static Object putSized(Client s3, Object body) {
        return s3.call("PutObject", Map.of("Bucket", "b", "Key", "k", "Body", body, "ContentLength", (long) SIZE));
    }

    /** What the server holds once the generated file was stored whole at /b/k. */
    private static List<Stored> storedWhole(Path file) throws IOException {
        return List.of(new Stored("/b/k", SIZE, crc32(file)));
    }

    private static long crc32(Path file) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(Files.readAllBytes(file));
        return crc.getValue();
    }

    record Stored(String path, long length, long crc32) {
    }

    /** HTTP/1.1 on a raw socket, so a connection can be reset half-way through the request body. */
    private static final class CuttingServer implements AutoCloseable {
        final AtomicInteger connections = new AtomicInteger();
        final List<Stored> stored = new CopyOnWriteArrayList<>();
        private final ServerSocket socket;
        private final int cuts;
        private final int errors;
        private final AtomicInteger requests = new AtomicInteger();
        private final Thread thread;

        CuttingServer(int cuts) throws IOException {
            this(cuts, null);
        }

        /** With a TLS socket factory, the same over https. */
        CuttingServer(int cuts, javax.net.ServerSocketFactory tls) throws IOException {
            this(cuts, 0, tls);
        }

        /** The first {@code cuts} connections are reset mid-body; then the first {@code errors} requests get a 500. */
        CuttingServer(int cuts, int errors, javax.net.ServerSocketFactory tls) throws IOException {
            this.errors = errors;
            this.socket = tls == null ? new ServerSocket(0, 16, InetAddress.getLoopbackAddress())
                    : tls.createServerSocket(0, 16, InetAddress.getLoopbackAddress());
            this.cuts = cuts;
            thread = new Thread(this::serve, "cutting-server");
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket s = socket.accept()) {
                    int n = connections.incrementAndGet();
                    handle(s, n <= cuts);
                } catch (IOException e) {
                    // a cut connection, or the server closing
                }
            }
        }

        private void handle(Socket s, boolean cut) throws IOException {
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            while (true) {
                String head = readHead(in);
                if (head == null) {
                    return;
                }
                String path = head.substring(head.indexOf(' ') + 1, head.indexOf(' ', head.indexOf(' ') + 1));
                path = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
                String declared = header(head, "content-length", null);
                if (declared == null) {
                    // as S3 answers a PutObject without a length (chunked framing): 411 MissingContentLength
                    out.write(("HTTP/1.1 411 Length Required\r\nContent-Type: application/xml\r\nConnection: close\r\n"
                            + "Content-Length: 58\r\n\r\n<Error><Code>MissingContentLength</Code><Message/></Error>")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    return;
                }
                long length = Long.parseLong(declared);
                if (header(head, "expect", "").equalsIgnoreCase("100-continue")) {
                    out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
                CRC32 crc = new CRC32();
                long limit = cut ? length / 2 : length;
                long got = 0;
                byte[] buf = new byte[64 * 1024];
                // over https the body is aws-chunked with its checksum in a trailer: kept whole, decoded below
                boolean awsChunked = header(head, "x-amz-decoded-content-length", null) != null;
                ByteArrayOutputStream encoded = new ByteArrayOutputStream();
                while (got < limit) {
                    int r = in.read(buf, 0, (int) Math.min(buf.length, limit - got));
                    if (r < 0) {
                        return;
                    }
                    crc.update(buf, 0, r);
                    if (awsChunked) {
                        encoded.write(buf, 0, r);
                    }
                    got += r;
                }
                if (cut) {
                    s.setSoLinger(true, 0);   // RST, not FIN: the client sees a reset mid-upload
                    return;
                }
                if (requests.incrementAndGet() <= errors) {
                    String error = "<Error><Code>InternalError</Code><Message>We encountered an internal error"
                            + "</Message></Error>";
                    out.write(("HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/xml\r\n"
                            + "Content-Length: " + error.length() + "\r\n\r\n" + error)
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    continue;
                }
                if (awsChunked) {
                    byte[] decoded = decodeAwsChunked(encoded.toByteArray());
                    crc.reset();
                    crc.update(decoded);
                    got = decoded.length;
                }
                stored.add(new Stored(path, got, crc.getValue()));
                out.write(("HTTP/1.1 200 OK\r\nETag: \"accepted\"\r\nx-amz-request-id: cut-test\r\n"
                        + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        }

        /**
         * The payload of an aws-chunked body ({@code hex-size[;ext]\r\n data \r\n ... 0\r\n trailers \r\n}),
         * failing when its {@code x-amz-checksum-crc32} trailer does not match the payload.
         */
        private static byte[] decodeAwsChunked(byte[] body) {
            ByteArrayOutputStream payload = new ByteArrayOutputStream();
            int at = 0;
            while (true) {
                int eol = indexOfCrlf(body, at);
                int size = Integer.parseInt(new String(body, at, eol - at, StandardCharsets.US_ASCII).split(";")[0]
                        .trim(), 16);
                at = eol + 2;
                if (size == 0) {
                    break;
                }
                payload.write(body, at, size);
                at += size + 2;
            }
            byte[] bytes = payload.toByteArray();
            String trailers = new String(body, at, body.length - at, StandardCharsets.US_ASCII);
            CRC32 crc = new CRC32();
            crc.update(bytes);
            String want = java.util.Base64.getEncoder().encodeToString(new byte[] {(byte) (crc.getValue() >>> 24),
                    (byte) (crc.getValue() >>> 16), (byte) (crc.getValue() >>> 8), (byte) crc.getValue()});
            assertEquals(want, header(trailers, "x-amz-checksum-crc32", "(no trailer)"), "aws-chunked trailer");
            return bytes;
        }

        private static int indexOfCrlf(byte[] b, int from) {
            for (int i = from; i + 1 < b.length; i++) {
                if (b[i] == '\r' && b[i + 1] == '\n') {
                    return i;
                }
            }
            throw new IllegalStateException("no CRLF after byte " + from);
        }

        private static String readHead(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int matched = 0;
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    return null;
                }
                head.write(b);
                matched = (b == '\r' || b == '\n') && (matched % 2 == 0) == (b == '\r') ? matched + 1
                        : b == '\r' ? 1 : 0;
            }
            return head.toString(StandardCharsets.US_ASCII);
        }

        private static String header(String head, String name, String fallback) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return fallback;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
