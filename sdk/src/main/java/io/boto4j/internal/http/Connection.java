package io.boto4j.internal.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** One open HTTP/1.1 connection: its socket, buffered input and the route it belongs to. */
final class Connection {
    final Route route;
    final Socket socket;
    // the TCP socket under a TLS one: closing it first skips the close_notify exchange, which can block for
    // the whole read timeout when the peer (or a tunnel) does not answer it
    private final Socket raw;
    final WireInput in;
    final OutputStream out;
    long idleSince;
    int uses;
    // the engine's count of open connections, decremented once when this one closes (pool statistics)
    private final AtomicInteger openCount;
    private final AtomicBoolean closed = new AtomicBoolean();

    Connection(Route route, Socket socket, Socket raw, AtomicInteger openCount) throws IOException {
        this.openCount = openCount;
        this.route = route;
        this.socket = socket;
        this.raw = raw;
        this.in = new WireInput(socket.getInputStream(), 16 * 1024);
        this.out = socket.getOutputStream();
        openCount.incrementAndGet();
    }

    void readTimeout(int millis) throws SocketException {
        socket.setSoTimeout(millis);
    }

    boolean isReusable() {
        return !socket.isClosed() && !socket.isInputShutdown() && !socket.isOutputShutdown() && !in.hasBuffered();
    }

    void closeQuietly() {
        if (closed.compareAndSet(false, true)) {
            openCount.decrementAndGet();
        }
        try {
            raw.close();
            socket.close();
        } catch (IOException ignored) {
            // closing a broken socket has nothing left to report
        }
    }
}
