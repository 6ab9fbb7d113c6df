package io.boto4j.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Function;

/**
 * A scripted HTTP/1.1 server on a free loopback port for fault injection: each request is answered by the next
 * action of the script (a response, a connection reset, or silence until the client gives up); the last action
 * repeats. Keeps connections alive like a real service. Records every request it read.
 */
public final class FaultServer implements AutoCloseable {
    /** One request as read off the wire. */
    public record Request(String method, String target, Map<String, String> headers, byte[] body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** What to do with one request. */
    public sealed interface Action permits Respond, Reset, Hang, Dynamic, Truncated {
    }

    public record Respond(int status, Map<String, String> headers, byte[] body) implements Action {
        public Respond(int status, Map<String, String> headers, String body) {
            this(status, headers, body.getBytes(StandardCharsets.UTF_8));
        }
    }

    public record Reset() implements Action {
    }

    /** A response whose Content-Length promises the whole body but only {@code sent} bytes come before the close. */
    public record Truncated(Respond response, int sent) implements Action {
    }

    public record Hang(long millis) implements Action {
    }

    /** An answer computed from the request (e.g. one that checks the request's signature time). */
    public record Dynamic(Function<Request, Respond> answer) implements Action {
    }

    private final ServerSocket server;
    private final ConcurrentLinkedDeque<Action> script = new ConcurrentLinkedDeque<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final Thread acceptor;
    private volatile boolean closed;

    public FaultServer(Action... actions) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        script.addAll(List.of(actions));
        this.acceptor = new Thread(this::acceptLoop, "fault-server-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static Respond json(int status, String body) {
        return new Respond(status, Map.of("Content-Type", "application/x-amz-json-1.0"), body);
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private Action next() {
        Action a = script.size() > 1 ? script.pollFirst() : script.peekFirst();
        return a == null ? json(500, "{}") : a;
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket s = server.accept();
                Thread t = new Thread(() -> serve(s), "fault-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            while (!closed) {
                Request request = read(in);
                if (request == null) {
                    return;
                }
                requests.add(request);
                Action action = next();
                if (action instanceof Dynamic d) {
                    action = d.answer().apply(request);
                }
                if (action instanceof Reset) {
                    socket.setSoLinger(true, 0);
                    return;
                }
                if (action instanceof Hang h) {
                    Thread.sleep(h.millis());
                    return;
                }
                if (action instanceof Truncated t) {
                    write(out, t.response(), t.sent());
                    return;
                }
                write(out, (Respond) action, -1);
            }
        } catch (IOException | InterruptedException e) {
            // the client went away; nothing to report
        }
    }

    private static Request read(InputStream in) throws IOException {
        String requestLine = line(in);
        if (requestLine == null || requestLine.isEmpty()) {
            return null;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String l; (l = line(in)) != null && !l.isEmpty(); ) {
            int colon = l.indexOf(':');
            headers.put(l.substring(0, colon).trim().toLowerCase(Locale.ROOT), l.substring(colon + 1).trim());
        }
        byte[] body = new byte[0];
        String length = headers.get("content-length");
        if (length != null) {
            body = in.readNBytes(Integer.parseInt(length));
        }
        String[] parts = requestLine.split(" ");
        return new Request(parts[0], parts[1], headers, body);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c; (c = in.read()) != -1; ) {
            if (c == '\n') {
                String s = b.toString(StandardCharsets.ISO_8859_1);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            b.write(c);
        }
        return b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
    }

    private static void write(OutputStream out, Respond r, int sent) throws IOException {
        byte[] body = r.body();
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(r.status()).append(" X\r\n");
        r.headers().forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body, 0, sent < 0 ? body.length : Math.min(sent, body.length));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
    }
}
