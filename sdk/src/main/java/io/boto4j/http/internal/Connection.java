package io.boto4j.http.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;

/** One open HTTP/1.1 connection: its socket, buffered input and the route it belongs to. */
final class Connection {
    final Route route;
    final Socket socket;
    final WireInput in;
    final OutputStream out;
    long idleSince;
    int uses;

    Connection(Route route, Socket socket) throws IOException {
        this.route = route;
        this.socket = socket;
        this.in = new WireInput(socket.getInputStream(), 16 * 1024);
        this.out = socket.getOutputStream();
    }

    void readTimeout(int millis) throws SocketException {
        socket.setSoTimeout(millis);
    }

    boolean isReusable() {
        return !socket.isClosed() && !socket.isInputShutdown() && !socket.isOutputShutdown() && !in.hasBuffered();
    }

    void closeQuietly() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a broken socket has nothing left to report
        }
    }
}
