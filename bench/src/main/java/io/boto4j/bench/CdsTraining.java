package io.boto4j.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The training run of the {@code boto4j-appcds} rows: the {@code client_create} scenario once, against an SQS
 * stand-in of its own, so the archive holds what a start-up loads and the benchmark's stub never sees the run.
 * Started at {@code package} time with {@code -XX:ArchiveClassesAtExit} (see bench/pom.xml).
 */
final class CdsTraining {
    private CdsTraining() {
    }

    static void run() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // the driver only ever sends Boto4jDriver.MESSAGE; SQS's client checks the digest of what it sent
        byte[] answer = ("{\"MD5OfMessageBody\":\"" + md5(Boto4jDriver.MESSAGE)
                + "\",\"MessageId\":\"00000000-0000-4000-8000-000000000000\"}").getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.0");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
        try {
            Boto4jDriver.clientCreate(20, "http://127.0.0.1:" + server.getAddress().getPort());
        } finally {
            server.stop(0);
        }
    }

    private static String md5(String text) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
    }
}
