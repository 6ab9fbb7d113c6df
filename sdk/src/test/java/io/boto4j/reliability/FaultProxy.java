package io.boto4j.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP/1.1 proxy on loopback in front of moto that injects one kind of fault into the first {@code times}
 * requests it sees, then passes requests through. One request per client connection (it always answers
 * {@code Connection: close}), so every request it counts is one attempt of the SDK.
 */
final class FaultProxy implements AutoCloseable {
    enum Fault {
        /** The connection is reset (RST) before any response. */
        RESET,
        /** The response head and half the body, then the connection closes. */
        TRUNCATED_BODY,
        /** The response head and all the body but its last byte, then nothing until the client gives up. */
        SLOW_BODY,
        /** The response is held back for 400 ms, then sent whole. */
        LATENCY_SPIKE,
        /** 503 Service Unavailable. */
        SERVER_ERROR,
        /** 400 with a throttling error code. */
        THROTTLING,
        /** 400 AccessDenied: not retryable. */
        ACCESS_DENIED,
        /** The response body with its last byte changed (a checksum mismatch). */
        CORRUPT_BODY
    }

    private final ServerSocket server;
    private final int upstreamPort;
    private final Fault fault;
    private final int times;
    private final AtomicInteger requests = new AtomicInteger();
    private final String throttlingBody;
    private final String deniedBody;

    FaultProxy(int upstreamPort, Fault fault, int times, String throttlingBody, String deniedBody) throws IOException {
        this.upstreamPort = upstreamPort;
        this.fault = fault;
        this.times = times;
        this.throttlingBody = throttlingBody;
        this.deniedBody = deniedBody;
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        Thread accept = new Thread(this::acceptLoop, "fault-proxy-" + fault);
        accept.setDaemon(true);
        accept.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Requests received so far: the attempts an SDK made. */
    int requests() {
        return requests.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread t = new Thread(() -> serve(client), "fault-proxy-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            byte[] head = readHead(in);
            if (head == null) {
                return;
            }
            byte[] body = in.readNBytes(contentLength(head));
            boolean faulted = requests.incrementAndGet() <= times;
            OutputStream out = client.getOutputStream();
            if (faulted) {
                switch (fault) {
                    case RESET -> {
                        client.setSoLinger(true, 0);
                        return;
                    }
                    case SERVER_ERROR -> {
                        respond(out, 503, "Service Unavailable", "text/plain", "busy");
                        return;
                    }
                    case THROTTLING -> {
                        respond(out, 400, "Bad Request", "application/x-amz-json-1.0", throttlingBody);
                        return;
                    }
                    case ACCESS_DENIED -> {
                        respond(out, 403, "Forbidden", "application/x-amz-json-1.0", deniedBody);
                        return;
                    }
                    case LATENCY_SPIKE -> Thread.sleep(400);
                    default -> {
                    }
                }
            }
            byte[][] response = forward(head, body);
            byte[] respHead = response[0];
            byte[] respBody = response[1];
            if (faulted && fault == Fault.TRUNCATED_BODY) {
                out.write(respHead);
                out.write(respBody, 0, respBody.length / 2);
                out.flush();
                return;
            }
            if (faulted && fault == Fault.SLOW_BODY) {
                out.write(respHead);
                out.write(respBody, 0, Math.max(0, respBody.length - 1));
                out.flush();
                client.setSoTimeout(5000);
                in.read(); // until the client gives up and closes, or 5 s
                return;
            }
            if (faulted && fault == Fault.CORRUPT_BODY && respBody.length > 0) {
                respBody = respBody.clone();
                respBody[respBody.length - 1] ^= 0x5a;
            }
            out.write(respHead);
            out.write(respBody);
            out.flush();
        } catch (IOException | InterruptedException e) {
            // the client went away: nothing to answer
        }
    }

    private static void respond(OutputStream out, int status, String reason, String type, String body)
            throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: " + type + "\r\nContent-Length: " + b.length
                + "\r\nx-amzn-RequestId: fault-proxy\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(b);
        out.flush();
    }

    /** Sends the request to moto and reads its whole response: {head with Connection: close, body}. */
    private byte[][] forward(byte[] head, byte[] body) throws IOException {
        try (Socket up = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
            up.setSoTimeout(30_000);
            OutputStream o = up.getOutputStream();
            o.write(withConnectionClose(head));
            o.write(body);
            o.flush();
            InputStream i = up.getInputStream();
            byte[] respHead = readHead(i);
            if (respHead == null) {
                throw new IOException("moto closed the connection without a response");
            }
            int length = contentLength(respHead);
            byte[] respBody = length > 0 ? i.readNBytes(length) : i.readAllBytes();
            return new byte[][] {withConnectionClose(respHead), respBody};
        }
    }

    private static byte[] withConnectionClose(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\r\n")) {
            if (!line.isEmpty() && !line.toLowerCase(Locale.ROOT).startsWith("connection:")) {
                b.append(line).append("\r\n");
            }
        }
        return b.append("Connection: close\r\n\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static int contentLength(byte[] head) {
        for (String line : new String(head, StandardCharsets.ISO_8859_1).split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("content-length")) {
                return Integer.parseInt(line.substring(colon + 1).trim());
            }
        }
        return 0;
    }

    /** Bytes up to and including the blank line, or null at end of stream before any byte. */
    private static byte[] readHead(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        for (int c; (c = in.read()) >= 0; ) {
            b.write(c);
            matched = c == end[matched] ? matched + 1 : (c == '\r' ? 1 : 0);
            if (matched == 4) {
                return b.toByteArray();
            }
        }
        if (b.size() == 0) {
            return null;
        }
        throw new IOException("stream ended inside a message head: " + Arrays.toString(b.toByteArray()));
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
