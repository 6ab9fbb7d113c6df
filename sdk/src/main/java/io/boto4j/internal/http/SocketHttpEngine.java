package io.boto4j.internal.http;

import io.boto4j.http.HttpClientSettings;
import io.boto4j.http.HttpConnectionException;
import io.boto4j.http.HttpConnectionException.Kind;
import io.boto4j.http.HttpHeaders;
import io.boto4j.http.HttpRequest;
import io.boto4j.http.HttpResponse;
import io.boto4j.http.RequestBody;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.BiConsumer;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * HTTP/1.1 over plain and TLS sockets with a keep-alive pool: what {@code DefaultHttpClient} runs on.
 *
 * <pre>
 * execute ── route (proxy?) ── pool.acquire ──┬── reused ──┐
 *                                            └── connect (TCP, CONNECT tunnel, TLS)
 *          write head [+ small body in the same write]
 *          [Expect: 100-continue with a large body: flush, wait briefly for 100 or a final status]
 *          write body (Content-Length, or chunked when the length is unknown)
 *          read status + headers ── body stream (returns the connection to the pool at its end)
 * </pre>
 *
 * A reused connection that fails before any response byte arrives was most likely closed by the server while
 * idle; the request is then sent once more on a new connection when its body can be replayed.
 */
public final class SocketHttpEngine implements AutoCloseable {
    private static final int SMALL_BODY = 64 * 1024;
    private static final int COPY_BUFFER = 64 * 1024;

    private final HttpClientSettings settings;
    private final ConnectionPool pool;
    private final java.util.concurrent.atomic.AtomicInteger openConnections = new java.util.concurrent.atomic.AtomicInteger();
    private final ProxyResolver proxies;
    private final int connectTimeoutMillis;
    private final int readTimeoutMillis;
    private final int expectContinueMillis;
    private volatile SSLSocketFactory tls;

    public SocketHttpEngine(HttpClientSettings settings) {
        this.settings = settings;
        this.pool = new ConnectionPool(settings.maxPoolConnections());
        this.proxies = new ProxyResolver(settings.proxies(), settings.noProxy());
        this.connectTimeoutMillis = millis(settings.connectTimeout());
        this.readTimeoutMillis = millis(settings.readTimeout());
        this.expectContinueMillis = millis(settings.expectContinueTimeout());
        if (settings.sslContext() != null) {
            this.tls = TlsSetup.socketFactory(settings);
        } else if (settings.caBundle() != null || settings.clientCert() != null) {
            // fail fast on a bad PEM file, naming it, when the client is built; certificates are decoded and the
            // factory built (or shared) at the first https connection, so plain-http clients never pay for them
            TlsSetup.check(settings);
        }
    }

    private static int millis(java.time.Duration d) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, d.toMillis()));
    }

    private SSLSocketFactory tls() {
        SSLSocketFactory f = tls;
        if (f == null) {
            synchronized (this) {
                if (tls == null) {
                    tls = TlsSetup.socketFactory(settings);
                }
                f = tls;
            }
        }
        return f;
    }

    public int idleConnections() {
        return pool.idleCount();
    }

    /** Connections opened and not yet closed: in use by a call or a response body, or idle in the pool. */
    public int openConnections() {
        return openConnections.get();
    }

    public HttpResponse execute(HttpRequest request) throws IOException {
        URI uri = request.uri();
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("request URI must be http or https, got '" + uri.getScheme() + "'");
        }
        boolean tlsRoute = scheme.equals("https");
        String host = uri.getHost();
        int port = uri.getPort();
        if (host == null) {
            // java.net.URI accepts only RFC 2396 host names; "stream-127.0.0.1" (a host prefix on an IP endpoint)
            // is a legal DNS name to try, as botocore does, so read host and port from the raw authority
            String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
            authority = authority.substring(authority.lastIndexOf('@') + 1);
            int colon = authority.lastIndexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
            try {
                port = colon < 0 ? -1 : Integer.parseInt(authority.substring(colon + 1));
            } catch (NumberFormatException e) {
                host = "";
            }
            if (host.isEmpty()) {
                throw new IllegalArgumentException("request URI has no host: " + uri.getScheme() + "://"
                        + uri.getRawAuthority());
            }
        }
        port = port > 0 ? port : tlsRoute ? 443 : 80;
        Route route = new Route(tlsRoute, host, port, proxies.proxyFor(uri));
        RequestBody body = request.body();
        long length;
        String te = request.headers().first("Transfer-Encoding");
        if (te != null && te.toLowerCase(Locale.ROOT).contains("chunked")) {
            length = -1; // the caller asked for chunked framing (botocore does so for aws-chunked uploads)
        } else {
            // a stream of unknown length whose size the caller gave (S3's ContentLength) is sent with that
            // Content-Length, as S3 requires, and exactly that many bytes; a stream ending early fails the call
            length = BodyLength.of(body, request.headers().first("Content-Length"));
        }
        byte[] head = head(request, route, length);
        // RFC 9110 §10.1.1 lets a client send the body without waiting for 100 Continue. A small buffered body
        // goes at once with the head: waiting would cost a round trip per call to save at most SMALL_BODY bytes
        byte[] small = length < 0 ? null : body.bytesIfBuffered();
        boolean expectContinue = length != 0 && (small == null || small.length > SMALL_BODY)
                && "100-continue".equalsIgnoreCase(request.headers().first("Expect"));
        for (int attempt = 0; ; attempt++) {
            // the replay after a stale connection always opens a new one: its idle siblings are likely stale too
            Connection c = attempt == 0 ? pool.acquire(route) : null;
            boolean reused = c != null;
            if (c == null) {
                c = connect(route);
            }
            try {
                return exchange(c, request, head, length, expectContinue);
            } catch (StaleConnection e) {
                c.closeQuietly();
                if (reused && attempt == 0 && (body.isRepeatable() || e.bodyUntouched)) {
                    continue;
                }
                throw e.failure;
            } catch (IOException | RuntimeException e) {
                c.closeQuietly();
                throw e;
            }
        }
    }

    /** A failure before any response byte arrived; the request may be replayed on a new connection. */
    private static final class StaleConnection extends Exception {
        final IOException failure;
        final boolean bodyUntouched;

        StaleConnection(IOException failure, boolean bodyUntouched) {
            super(null, null, false, false);
            this.failure = failure;
            this.bodyUntouched = bodyUntouched;
        }
    }

    private HttpResponse exchange(Connection c, HttpRequest request, byte[] head, long length,
            boolean expectContinue) throws IOException, StaleConnection {
        RequestBody body = request.body();
        byte[] buffered = length < 0 ? null : body.bytesIfBuffered();
        boolean bodyOpened = false;
        boolean bodySent;
        String interim = null;
        try {
            c.readTimeout(readTimeoutMillis);
            if (expectContinue) {
                c.out.write(head);
                c.out.flush();
                interim = awaitContinue(c);
                bodySent = interim == null;
                if (bodySent) {
                    bodyOpened = true;
                    writeBody(c.out, body, buffered, length);
                }
            } else if (buffered != null && buffered.length <= SMALL_BODY) {
                // one write for head and body: one syscall, one packet for typical API calls
                byte[] all = new byte[head.length + buffered.length];
                System.arraycopy(head, 0, all, 0, head.length);
                System.arraycopy(buffered, 0, all, head.length, buffered.length);
                c.out.write(all);
                bodySent = true;
            } else {
                c.out.write(head);
                bodyOpened = true;
                writeBody(c.out, body, buffered, length);
                bodySent = true;
            }
            c.out.flush();
        } catch (SocketTimeoutException e) {
            throw new HttpConnectionException(Kind.READ_TIMEOUT, "timed out sending the request to " + c.route, e);
        } catch (HttpConnectionException e) {
            throw e;
        } catch (IOException e) {
            if (isBodyError(e)) {
                throw e;
            }
            throw new StaleConnection(new HttpConnectionException(Kind.CONNECTION_CLOSED,
                    "connection to " + c.route + " failed while sending the request: " + e.getMessage(), e),
                    !bodyOpened);
        }
        return readResponse(c, request, interim, bodySent, !bodyOpened);
    }

    private static boolean isBodyError(IOException e) {
        return e instanceof BodyException;
    }

    /** An error from the caller's body stream, not from the connection: never a reason to reconnect. */
    private static final class BodyException extends IOException {
        BodyException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Waits briefly for the server's answer to {@code Expect: 100-continue}. Null means "send the body" (a 100
     * arrived, or nothing did in time); otherwise the status line of a final response that came instead.
     */
    private String awaitContinue(Connection c) throws IOException {
        c.readTimeout(expectContinueMillis);
        try {
            String status = c.in.readLine();
            if (status == null) {
                throw new IOException("connection closed while waiting for 100 Continue");
            }
            if (statusCode(status, c) == 100) {
                String line;
                do {
                    line = c.in.readLine();
                } while (line != null && !line.isEmpty());
                return null;
            }
            return status;
        } catch (SocketTimeoutException e) {
            return null;
        } finally {
            c.readTimeout(readTimeoutMillis);
        }
    }

    private void writeBody(OutputStream out, RequestBody body, byte[] buffered, long length) throws IOException {
        if (buffered != null) {
            out.write(buffered);
            return;
        }
        if (length == 0) {
            return;
        }
        InputStream in;
        try {
            in = body.newStream();
        } catch (RuntimeException e) {
            throw new BodyException("cannot open the request body: " + e.getMessage(), e);
        }
        byte[] buf = new byte[COPY_BUFFER];
        if (length > 0) {
            long left = length;
            while (left > 0) {
                int n = readBody(in, buf, (int) Math.min(buf.length, left));
                if (n < 0) {
                    throw new BodyException("request body ended after " + (length - left) + " of " + length
                            + " bytes (its declared Content-Length)", null);
                }
                out.write(buf, 0, n);
                left -= n;
            }
        } else {
            ChunkedOutputStream chunked = new ChunkedOutputStream(out);
            int n;
            while ((n = readBody(in, buf, buf.length)) >= 0) {
                chunked.write(buf, 0, n);
            }
            chunked.finish();
        }
    }

    private static int readBody(InputStream in, byte[] buf, int len) throws BodyException {
        try {
            return in.read(buf, 0, len);
        } catch (IOException e) {
            throw new BodyException("reading the request body failed: " + e.getMessage(), e);
        }
    }

    private HttpResponse readResponse(Connection c, HttpRequest request, String statusLine, boolean bodySent,
            boolean bodyUntouched) throws IOException, StaleConnection {
        int status;
        HttpHeaders.Builder headers;
        boolean http10;
        try {
            String line = statusLine;
            while (true) {
                if (line == null) {
                    line = c.in.readLine();
                    if (line == null) {
                        throw new StaleConnection(new HttpConnectionException(Kind.CONNECTION_CLOSED,
                                "connection to " + c.route + " closed before a response was received", null),
                                bodyUntouched);
                    }
                }
                status = statusCode(line, c);
                http10 = line.startsWith("HTTP/1.0");
                headers = readHeaders(c);
                if (status >= 200 || status == 101) {
                    break;
                }
                line = null; // an interim response (100, 102, 103): the real one follows
            }
        } catch (SocketTimeoutException e) {
            throw new HttpConnectionException(Kind.READ_TIMEOUT, "read timeout waiting for the response from "
                    + c.route + " (" + readTimeoutMillis + " ms)", e);
        } catch (StaleConnection | HttpConnectionException e) {
            throw e;
        } catch (IOException e) {
            throw new StaleConnection(new HttpConnectionException(Kind.CONNECTION_CLOSED,
                    "connection to " + c.route + " failed before a response was received: " + e.getMessage(), e),
                    bodyUntouched);
        }
        HttpHeaders responseHeaders = headers.build();
        String connectionHeader = responseHeaders.first("Connection");
        boolean keepAlive = bodySent && (http10 ? "keep-alive".equalsIgnoreCase(connectionHeader)
                : !"close".equalsIgnoreCase(connectionHeader));
        c.uses++;
        boolean noBody = request.method().equalsIgnoreCase("HEAD") || status == 204 || status == 304
                || status < 200;
        if (noBody) {
            release(c, keepAlive);
            return new HttpResponse(status, responseHeaders, InputStream.nullInputStream());
        }
        String te = responseHeaders.first("Transfer-Encoding");
        ResponseBodyStream bodyStream;
        if (te != null && te.toLowerCase(Locale.ROOT).contains("chunked")) {
            bodyStream = new ResponseBodyStream(c, pool, ResponseBodyStream.Framing.CHUNKED, -1, keepAlive);
        } else {
            String cl = responseHeaders.first("Content-Length");
            if (cl != null) {
                long length;
                try {
                    length = Long.parseLong(cl.trim());
                } catch (NumberFormatException e) {
                    throw new IOException("invalid Content-Length '" + cl + "' in the response from " + c.route);
                }
                bodyStream = new ResponseBodyStream(c, pool, ResponseBodyStream.Framing.FIXED, length, keepAlive);
            } else {
                bodyStream = new ResponseBodyStream(c, pool, ResponseBodyStream.Framing.UNTIL_CLOSE, -1, false);
            }
        }
        return new HttpResponse(status, responseHeaders, bodyStream);
    }

    private void release(Connection c, boolean keepAlive) {
        if (keepAlive) {
            pool.release(c);
        } else {
            c.closeQuietly();
        }
    }

    private static int statusCode(String statusLine, Connection c) throws IOException {
        // HTTP/1.1 200 OK
        if (statusLine.length() >= 12 && statusLine.startsWith("HTTP/")) {
            int sp = statusLine.indexOf(' ');
            if (sp > 0 && statusLine.length() >= sp + 4) {
                int code = 0;
                for (int i = sp + 1; i < sp + 4; i++) {
                    char ch = statusLine.charAt(i);
                    if (ch < '0' || ch > '9') {
                        code = -1;
                        break;
                    }
                    code = code * 10 + (ch - '0');
                }
                if (code >= 100) {
                    return code;
                }
            }
        }
        throw new IOException("malformed HTTP status line from " + c.route + ": '"
                + (statusLine.length() > 80 ? statusLine.substring(0, 80) + "..." : statusLine) + "'");
    }

    private static HttpHeaders.Builder readHeaders(Connection c) throws IOException {
        HttpHeaders.Builder b = HttpHeaders.builder();
        while (true) {
            String line = c.in.readLine();
            if (line == null) {
                throw new IOException("connection closed in the middle of the response headers");
            }
            if (line.isEmpty()) {
                return b;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue; // tolerate junk lines as browsers and urllib3 do
            }
            b.add(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
    }

    private byte[] head(HttpRequest request, Route route, long length) {
        URI uri = request.uri();
        StringBuilder sb = new StringBuilder(256);
        sb.append(request.method()).append(' ');
        boolean absoluteForm = route.proxy() != null && !route.tls();
        if (absoluteForm) {
            sb.append("http://").append(uri.getRawAuthority());
        }
        String path = uri.getRawPath();
        sb.append(path == null || path.isEmpty() ? "/" : path);
        if (uri.getRawQuery() != null) {
            sb.append('?').append(uri.getRawQuery());
        }
        sb.append(" HTTP/1.1\r\n");
        HttpHeaders headers = request.headers();
        if (!headers.contains("Host")) {
            sb.append("Host: ").append(route.host().contains(":") ? "[" + route.host() + "]" : route.host());
            if (uri.getPort() > 0 && uri.getPort() != (route.tls() ? 443 : 80)) {
                sb.append(':').append(uri.getPort());
            }
            sb.append("\r\n");
        }
        boolean hasLength = headers.contains("Content-Length");
        boolean hasTransferEncoding = headers.contains("Transfer-Encoding");
        headers.forEachValue(new HeaderLines(sb, length < 0));
        if (length < 0) {
            if (!hasTransferEncoding) {
                sb.append("Transfer-Encoding: chunked\r\n");
            }
        } else if (!hasLength && (length > 0 || needsLength(request.method()))) {
            sb.append("Content-Length: ").append(length).append("\r\n");
        }
        if (absoluteForm && route.proxy().authorization() != null) {
            sb.append("Proxy-Authorization: ").append(route.proxy().authorization()).append("\r\n");
        }
        sb.append("\r\n");
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static boolean needsLength(String method) {
        return method.equalsIgnoreCase("POST") || method.equalsIgnoreCase("PUT") || method.equalsIgnoreCase("PATCH");
    }

    /** Writes each header value as a line (a named class: each lambda spins a class on a fresh JVM). */
    private static final class HeaderLines implements BiConsumer<String, String> {
        private final StringBuilder sb;
        private final boolean chunked;

        HeaderLines(StringBuilder sb, boolean chunked) {
            this.sb = sb;
            this.chunked = chunked;
        }

        @Override
        public void accept(String name, String value) {
            if (chunked && name.equalsIgnoreCase("Content-Length")) {
                return; // a body of unknown length goes chunked
            }
            appendHeader(sb, name, value);
        }
    }

    private static void appendHeader(StringBuilder sb, String name, String value) {
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (ch <= ' ' || ch == ':' || ch >= 127) {
                throw new IllegalArgumentException("header name '" + name + "' is not a valid HTTP token");
            }
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '\r' || ch == '\n') {
                throw new IllegalArgumentException("header '" + name + "' contains a line break; header values "
                        + "must be a single line");
            }
        }
        sb.append(name).append(": ").append(value).append("\r\n");
    }

    private Connection connect(Route route) throws IOException {
        String host = route.proxy() != null ? route.proxy().host() : route.host();
        int port = route.proxy() != null ? route.proxy().port() : route.port();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new HttpConnectionException(route.proxy() != null ? Kind.PROXY_FAILED : Kind.CONNECT_FAILED,
                    "could not resolve " + (route.proxy() != null ? "proxy " : "") + "host '" + host + "'", e);
        }
        IOException last = null;
        for (InetAddress address : addresses) {
            Socket socket = new Socket();
            try {
                socket.setTcpNoDelay(true);
                socket.setKeepAlive(settings.tcpKeepAlive());
                socket.connect(new InetSocketAddress(address, port), connectTimeoutMillis);
                return open(route, socket);
            } catch (SocketTimeoutException e) {
                closeQuietly(socket);
                last = new HttpConnectionException(Kind.CONNECT_TIMEOUT, "connect timeout (" + connectTimeoutMillis
                        + " ms) to " + (route.proxy() != null ? "proxy " : "") + address + ":" + port, e);
            } catch (HttpConnectionException e) {
                closeQuietly(socket);
                throw e;
            } catch (IOException e) {
                closeQuietly(socket);
                last = new HttpConnectionException(route.proxy() != null ? Kind.PROXY_FAILED : Kind.CONNECT_FAILED,
                        "could not connect to " + (route.proxy() != null ? "proxy " : "") + address + ":" + port
                                + ": " + e.getMessage(), e);
                if (!(e instanceof ConnectException)) {
                    break;
                }
            }
        }
        throw last;
    }

    private Connection open(Route route, Socket socket) throws IOException {
        if (route.proxy() != null && route.tls()) {
            tunnel(route, socket);
        }
        if (!route.tls()) {
            return new Connection(route, socket, socket, openConnections);
        }
        SSLSocket ssl = (SSLSocket) tls().createSocket(socket, route.host(), route.port(), true);
        SSLParameters params = ssl.getSSLParameters();
        if (settings.verify()) {
            params.setEndpointIdentificationAlgorithm("HTTPS");
        }
        ssl.setSSLParameters(params);
        try {
            ssl.setSoTimeout(connectTimeoutMillis);
            ssl.startHandshake();
        } catch (SocketTimeoutException e) {
            closeQuietly(ssl);
            throw new HttpConnectionException(Kind.CONNECT_TIMEOUT, "TLS handshake with " + route.host()
                    + " timed out", e);
        } catch (SSLException e) {
            closeQuietly(ssl);
            throw new HttpConnectionException(Kind.TLS_FAILED, "TLS handshake with " + route.host() + ":"
                    + route.port() + " failed: " + e.getMessage(), e);
        }
        return new Connection(route, ssl, socket, openConnections);
    }

    private void tunnel(Route route, Socket socket) throws IOException {
        String target = (route.host().contains(":") ? "[" + route.host() + "]" : route.host()) + ":" + route.port();
        StringBuilder sb = new StringBuilder("CONNECT ").append(target).append(" HTTP/1.1\r\nHost: ")
                .append(target).append("\r\n");
        if (route.proxy().authorization() != null) {
            sb.append("Proxy-Authorization: ").append(route.proxy().authorization()).append("\r\n");
        }
        sb.append("\r\n");
        socket.setSoTimeout(readTimeoutMillis);
        OutputStream out = socket.getOutputStream();
        out.write(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        // unbuffered reads: bytes after the proxy's answer belong to the TLS handshake
        String status = readLineUnbuffered(socket.getInputStream());
        String line;
        do {
            line = readLineUnbuffered(socket.getInputStream());
        } while (line != null && !line.isEmpty());
        int code = status != null && status.length() >= 12 ? parseCode(status) : -1;
        if (code != 200) {
            throw new HttpConnectionException(Kind.PROXY_FAILED, "proxy " + route.proxy().host() + ":"
                    + route.proxy().port() + " refused to tunnel to " + target + ": "
                    + (status == null ? "no answer" : status)
                    + (code == 407 ? " (proxy authentication required or rejected)" : ""), null);
        }
    }

    private static int parseCode(String status) {
        try {
            return Integer.parseInt(status.substring(status.indexOf(' ') + 1, status.indexOf(' ') + 4));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static String readLineUnbuffered(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, len, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
            if (line.size() > 8192) {
                throw new IOException("proxy answer line too long");
            }
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // nothing to do for a socket that failed to open
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
