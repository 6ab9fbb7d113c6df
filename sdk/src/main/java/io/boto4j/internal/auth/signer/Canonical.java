package io.boto4j.internal.auth.signer;

import io.boto4j.internal.util.UriPaths;
import io.boto4j.http.HttpHeaders;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The SigV4 canonical forms: URI path, query string, headers. Shared by SigV4, SigV4a and presigning. */
final class Canonical {
    /** Headers that proxies or clients may change in flight; never signed. */
    private static final Set<String> UNSIGNED_HEADERS = Set.of("connection", "expect", "keep-alive",
            "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade",
            "user-agent", "x-amzn-trace-id");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Canonical() {
    }

    /** The canonical request and its signed-header list. */
    record Request(String text, String signedHeaders) {
    }

    static Request request(String method, URI uri, HttpHeaders headers, String payloadHash, boolean normalizePath,
                           boolean doubleEncode) {
        StringBuilder b = new StringBuilder(256);
        b.append(method.toUpperCase(Locale.ROOT)).append('\n');
        b.append(path(uri.getRawPath(), normalizePath, doubleEncode)).append('\n');
        b.append(query(uri.getRawQuery())).append('\n');
        TreeMap<String, String> signed = headersToSign(uri, headers);
        StringBuilder names = new StringBuilder(64);
        for (Map.Entry<String, String> e : signed.entrySet()) {
            b.append(e.getKey()).append(':').append(e.getValue()).append('\n');
            if (names.length() > 0) {
                names.append(';');
            }
            names.append(e.getKey());
        }
        b.append('\n').append(names).append('\n').append(payloadHash);
        return new Request(b.toString(), names.toString());
    }

    static String signedHeaders(URI uri, HttpHeaders headers) {
        return String.join(";", headersToSign(uri, headers).keySet());
    }

    /** Lower-cased name to canonical value (values trimmed, inner whitespace runs collapsed, joined by ','). */
    static TreeMap<String, String> headersToSign(URI uri, HttpHeaders headers) {
        TreeMap<String, String> out = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : headers.toSortedLowerCaseMap().entrySet()) {
            if (UNSIGNED_HEADERS.contains(e.getKey())) {
                continue;
            }
            List<String> values = e.getValue();
            String v;
            if (values.size() == 1) {
                v = trimAll(values.get(0));
            } else {
                StringBuilder vb = new StringBuilder();
                for (String value : values) {
                    if (vb.length() > 0) {
                        vb.append(',');
                    }
                    vb.append(trimAll(value));
                }
                v = vb.toString();
            }
            out.put(e.getKey(), v);
        }
        out.putIfAbsent("host", host(uri));
        return out;
    }

    /** The Host header a client sends: lower-case host, port only when not the scheme's default. */
    static String host(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            String auth = uri.getRawAuthority();
            host = auth == null ? "" : auth.substring(auth.lastIndexOf('@') + 1);
            return host.toLowerCase(Locale.ROOT);
        }
        host = host.toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || port == 80 && "http".equalsIgnoreCase(uri.getScheme())
                || port == 443 && "https".equalsIgnoreCase(uri.getScheme());
        return defaultPort ? host : host + ":" + port;
    }

    static String trimAll(String value) {
        int n = value.length();
        boolean simple = n > 0 && !Character.isWhitespace(value.charAt(0))
                && !Character.isWhitespace(value.charAt(n - 1));
        for (int i = 0; simple && i < n; i++) {
            char c = value.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b
                    || c == ' ' && i + 1 < n && value.charAt(i + 1) == ' ') {
                simple = false;
            }
        }
        if (simple) {
            return value;
        }
        StringBuilder b = new StringBuilder(n);
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    static String path(String rawPath, boolean normalize, boolean doubleEncode) {
        String p = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        if (normalize) {
            p = UriPaths.removeDotSegments(p);
        }
        return doubleEncode ? encode(p, true) : p;
    }

    /**
     * The canonical query: each name and value percent-encoded (RFC 3986 unreserved left alone), pairs sorted by
     * name then value. Components already in canonical form are used as they are.
     */
    static String query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> pairs = new ArrayList<>();
        int start = 0;
        while (start <= rawQuery.length()) {
            int amp = rawQuery.indexOf('&', start);
            int end = amp < 0 ? rawQuery.length() : amp;
            if (end > start) {
                String pair = rawQuery.substring(start, end);
                int eq = pair.indexOf('=');
                String k = eq < 0 ? pair : pair.substring(0, eq);
                String v = eq < 0 ? "" : pair.substring(eq + 1);
                pairs.add(canonicalComponent(k) + "\u0000" + canonicalComponent(v));
            } else {
                pairs.add("\u0000");
            }
            if (amp < 0) {
                break;
            }
            start = amp + 1;
        }
        // "\0" sorts before every encoded character, so this orders by name, then by value
        pairs.sort(null);
        StringBuilder b = new StringBuilder(rawQuery.length() + 16);
        for (String p : pairs) {
            if (b.length() > 0) {
                b.append('&');
            }
            int z = p.indexOf('\u0000');
            b.append(p, 0, z).append('=').append(p, z + 1, p.length());
        }
        return b.toString();
    }

    static String canonicalComponent(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (unreserved(c)) {
                continue;
            }
            if (c == '%' && i + 2 < n && upperHex(s.charAt(i + 1)) && upperHex(s.charAt(i + 2))) {
                i += 2;
                continue;
            }
            return encode(decode(s), false);
        }
        return s;
    }

    private static boolean upperHex(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'F';
    }

    private static boolean unreserved(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                || c == '.' || c == '~';
    }

    /** Percent-decodes (no '+' rule: the serializers never write '+' for a space). */
    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            byte c = bytes[i];
            if (c == '%' && i + 2 < bytes.length && Character.digit(bytes[i + 1], 16) >= 0
                    && Character.digit(bytes[i + 2], 16) >= 0) {
                out.write(Character.digit(bytes[i + 1], 16) * 16 + Character.digit(bytes[i + 2], 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Percent-encodes UTF-8 bytes except unreserved characters (and '/' when {@code keepSlash}). */
    static String encode(String s, boolean keepSlash) {
        int n = s.length();
        int i = 0;
        while (i < n && (unreserved(s.charAt(i)) || keepSlash && s.charAt(i) == '/')) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n + 16);
        for (byte by : s.getBytes(StandardCharsets.UTF_8)) {
            int c = by & 0xff;
            if (unreserved(c) || keepSlash && c == '/') {
                b.append((char) c);
            } else {
                b.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
            }
        }
        return b.toString();
    }
}
