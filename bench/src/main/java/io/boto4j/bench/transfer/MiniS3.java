package io.boto4j.bench.transfer;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Just enough S3 for transfer benchmarks, fast enough not to be the bottleneck: path-style PutObject, the
 * multipart calls, HeadObject and (ranged) GetObject. Bodies are read and dropped (only sizes are kept);
 * objects read back as a repeating 1 MiB pseudo-random pattern. A thread per connection, keep-alive,
 * {@code Content-Length} or chunked bodies, {@code Expect: 100-continue}.
 * <p>{@code java -cp target/benchmarks.jar io.boto4j.bench.transfer.MiniS3 PORT}
 */
public final class MiniS3 {
    static final int PATTERN_SIZE = 1 << 20;
    static final byte[] PATTERN = new byte[PATTERN_SIZE];

    static {
        new Random(1).nextBytes(PATTERN);
    }

    private final Map<String, Long> objects = new ConcurrentHashMap<>();
    /** Part sizes of the objects a multipart upload made, in part order: what GET ?partNumber= serves. */
    private final Map<String, long[]> partSizes = new ConcurrentHashMap<>();
    private final Map<String, Map<Integer, Long>> uploads = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        new MiniS3().serve(port);
    }

    void serve(int port) throws IOException {
        try (ServerSocket server = new ServerSocket(port, 128, InetAddress.getLoopbackAddress())) {
            System.out.println("MiniS3 listening on " + server.getLocalPort());
            System.out.flush();
            while (true) {
                Socket s = server.accept();
                Thread t = new Thread(() -> handle(s), "mini-s3");
                t.setDaemon(true);
                t.start();
            }
        }
    }

    private void handle(Socket socket) {
        try (socket) {
            socket.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
            byte[] scratch = new byte[1 << 16];
            while (true) {
                String requestLine = line(in);
                if (requestLine == null || requestLine.isEmpty()) {
                    return;
                }
                Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                for (String l; (l = line(in)) != null && !l.isEmpty(); ) {
                    int colon = l.indexOf(':');
                    headers.put(l.substring(0, colon).trim(), l.substring(colon + 1).trim());
                }
                String[] parts = requestLine.split(" ");
                String method = parts[0];
                String target = parts[1];
                int q = target.indexOf('?');
                String path = q < 0 ? target : target.substring(0, q);
                String query = q < 0 ? "" : target.substring(q + 1);
                if ("100-continue".equalsIgnoreCase(headers.get("Expect"))) {
                    out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                }
                boolean keepBody = method.equals("POST");
                ByteArrayOutputStream kept = keepBody ? new ByteArrayOutputStream() : null;
                long received = readBody(in, headers, scratch, kept);
                String decoded = headers.get("x-amz-decoded-content-length");
                long size = decoded != null ? Long.parseLong(decoded) : received;
                respond(out, method, path, query, headers, size);
                out.flush();
            }
        } catch (IOException e) {
            // client went away
        }
    }

    private void respond(OutputStream out, String method, String path, String query, Map<String, String> headers,
                         long size) throws IOException {
        String uploadId = param(query, "uploadId");
        switch (method) {
            case "PUT" -> {
                if (uploadId != null) {
                    int part = Integer.parseInt(param(query, "partNumber"));
                    uploads.get(uploadId).put(part, size);
                    head(out, 200, 0, "ETag: \"p" + part + "\"\r\n");
                } else {
                    objects.put(path, size);
                    partSizes.remove(path);
                    head(out, 200, 0, "ETag: \"o" + size + "\"\r\n");
                }
            }
            case "POST" -> {
                if (query.startsWith("uploads")) {
                    String id = "u" + ids.incrementAndGet();
                    uploads.put(id, new ConcurrentHashMap<>());
                    xml(out, "<InitiateMultipartUploadResult><Bucket>b</Bucket><Key>k</Key><UploadId>" + id
                            + "</UploadId></InitiateMultipartUploadResult>");
                } else {
                    Map<Integer, Long> parts = uploads.remove(uploadId);
                    objects.put(path, parts.values().stream().mapToLong(Long::longValue).sum());
                    partSizes.put(path, new TreeMap<>(parts).values().stream().mapToLong(Long::longValue).toArray());
                    xml(out, "<CompleteMultipartUploadResult><Location>l</Location><Bucket>b</Bucket><Key>k</Key>"
                            + "<ETag>\"m-" + parts.size() + "\"</ETag></CompleteMultipartUploadResult>");
                }
            }
            case "DELETE" -> {
                uploads.remove(uploadId);
                head(out, 204, 0, "");
            }
            case "HEAD" -> {
                Long length = objects.get(path);
                if (length == null) {
                    head(out, 404, 0, "");
                } else {
                    head(out, 200, length, "ETag: \"o\"\r\nLast-Modified: Thu, 03 Dec 2026 00:00:00 GMT\r\n");
                }
            }
            case "GET" -> get(out, path, headers.get("Range"), param(query, "partNumber"));
            default -> head(out, 405, 0, "");
        }
    }

    private void get(OutputStream out, String path, String range, String partNumber) throws IOException {
        Long length = objects.get(path);
        if (length == null) {
            head(out, 404, 0, "");
            return;
        }
        long from = 0;
        long to = length - 1;
        int status = 200;
        String extra = "ETag: \"o\"\r\nLast-Modified: Thu, 03 Dec 2026 00:00:00 GMT\r\n";
        if (range != null && range.startsWith("bytes=")) {
            String[] r = range.substring(6).split("-");
            from = Long.parseLong(r[0]);
            if (r.length > 1 && !r[1].isEmpty()) {
                to = Math.min(to, Long.parseLong(r[1]));
            }
            status = 206;
            extra += "Content-Range: bytes " + from + "-" + to + "/" + length + "\r\n";
        } else if (partNumber != null) { // the Java SDK v2's multipart download asks by part, as S3 allows
            long[] sizes = partSizes.getOrDefault(path, new long[] {length});
            int n = Integer.parseInt(partNumber);
            for (int i = 0; i < n - 1; i++) {
                from += sizes[i];
            }
            to = from + sizes[n - 1] - 1;
            status = 206;
            extra += "Content-Range: bytes " + from + "-" + to + "/" + length + "\r\nx-amz-mp-parts-count: "
                    + sizes.length + "\r\n";
        }
        head(out, status, to - from + 1, extra);
        for (long pos = from; pos <= to; ) {
            int offset = (int) (pos % PATTERN_SIZE);
            int n = (int) Math.min(PATTERN_SIZE - offset, to - pos + 1);
            out.write(PATTERN, offset, n);
            pos += n;
        }
    }

    private static void xml(OutputStream out, String body) throws IOException {
        byte[] b = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + body).getBytes(StandardCharsets.UTF_8);
        head(out, 200, b.length, "Content-Type: application/xml\r\n");
        out.write(b);
    }

    private static void head(OutputStream out, int status, long length, String extra) throws IOException {
        out.write(("HTTP/1.1 " + status + " X\r\nContent-Length: " + length + "\r\nx-amz-request-id: r\r\n" + extra
                + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    private static long readBody(InputStream in, Map<String, String> headers, byte[] scratch,
                                 ByteArrayOutputStream kept) throws IOException {
        String te = headers.get("Transfer-Encoding");
        if (te != null && te.toLowerCase(Locale.ROOT).contains("chunked")) {
            long total = 0;
            while (true) {
                String sizeLine = line(in);
                long chunk = Long.parseLong(sizeLine.split(";")[0].trim(), 16);
                if (chunk == 0) {
                    for (String l; (l = line(in)) != null && !l.isEmpty(); ) {
                        // trailers
                    }
                    return total;
                }
                total += skip(in, chunk, scratch, kept);
                line(in);
            }
        }
        String length = headers.get("Content-Length");
        return length == null ? 0 : skip(in, Long.parseLong(length), scratch, kept);
    }

    private static long skip(InputStream in, long n, byte[] scratch, ByteArrayOutputStream kept) throws IOException {
        long left = n;
        while (left > 0) {
            int r = in.read(scratch, 0, (int) Math.min(scratch.length, left));
            if (r < 0) {
                throw new IOException("body ended early");
            }
            if (kept != null) {
                kept.write(scratch, 0, r);
            }
            left -= r;
        }
        return n;
    }

    private static String param(String query, String name) {
        for (String p : query.split("&")) {
            if (p.startsWith(name + "=")) {
                return p.substring(name.length() + 1);
            }
        }
        return null;
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int c; (c = in.read()) != -1; ) {
            if (c == '\n') {
                int len = b.length();
                return len > 0 && b.charAt(len - 1) == '\r' ? b.substring(0, len - 1) : b.toString();
            }
            b.append((char) c);
        }
        return b.length() == 0 ? null : b.toString();
    }
}
