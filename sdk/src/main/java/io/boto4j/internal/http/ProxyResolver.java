package io.boto4j.internal.http;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Picks the proxy for a URL as requests/botocore do: the most specific key of the proxies map among
 * {@code scheme://host}, {@code scheme}, {@code all://host}, {@code all}; none for hosts matching the no-proxy
 * list (exact host, domain suffix, {@code .suffix}, {@code host:port}, or {@code *}).
 */
public final class ProxyResolver {
    /** A proxy to use: where it is and, if its URL had credentials, the Proxy-Authorization header value. */
    public record Proxy(String host, int port, String authorization) {
        // written out, as Route's are: the generated ones would bootstrap ObjectMethods on the first call
        @Override
        public boolean equals(Object o) {
            return o instanceof Proxy p && port == p.port && host.equals(p.host)
                    && Objects.equals(authorization, p.authorization);
        }

        @Override
        public int hashCode() {
            return (host.hashCode() * 31 + port) * 31 + Objects.hashCode(authorization);
        }

        @Override
        public String toString() {
            return "Proxy[" + host + ":" + port + (authorization == null ? "" : ", with credentials") + "]";
        }
    }

    private final Map<String, String> proxies;
    private final List<String> noProxy;

    public ProxyResolver(Map<String, String> proxies, List<String> noProxy) {
        this.proxies = proxies == null ? Map.of() : proxies;
        List<String> hosts = new ArrayList<>(noProxy.size());
        for (String s : noProxy) {
            String host = s.trim().toLowerCase(Locale.ROOT);
            if (!host.isEmpty()) {
                hosts.add(host);
            }
        }
        this.noProxy = List.copyOf(hosts);
        // fail on bad proxy URLs when the client is built, not on the first call
        for (Map.Entry<String, String> e : this.proxies.entrySet()) {
            parse(e.getKey(), e.getValue());
        }
    }

    public boolean isEmpty() {
        return proxies.isEmpty();
    }

    public Proxy proxyFor(URI uri) {
        if (proxies.isEmpty()) {
            return null;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (bypass(host, port(uri))) {
            return null;
        }
        for (String key : new String[] {scheme + "://" + host, scheme, "all://" + host, "all"}) {
            String url = proxies.get(key);
            if (url != null && !url.isEmpty()) {
                return parse(key, url);
            }
        }
        return null;
    }

    private static int port(URI uri) {
        if (uri.getPort() > 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private boolean bypass(String host, int port) {
        for (String entry : noProxy) {
            if (entry.equals("*")) {
                return true;
            }
            String entryHost = entry;
            String entryPort = null;
            if (entry.startsWith("[")) {
                int close = entry.indexOf(']');
                entryHost = close < 0 ? entry : entry.substring(1, close);
                if (close > 0 && entry.length() > close + 2 && entry.charAt(close + 1) == ':') {
                    entryPort = entry.substring(close + 2);
                }
            } else if (entry.indexOf(':') > 0 && entry.indexOf(':') == entry.lastIndexOf(':')) {
                entryHost = entry.substring(0, entry.indexOf(':'));
                entryPort = entry.substring(entry.indexOf(':') + 1);
            }
            if (entryPort != null && !entryPort.equals(Integer.toString(port))) {
                continue;
            }
            if (entryHost.startsWith(".")) {
                entryHost = entryHost.substring(1);
            }
            if (host.equals(entryHost) || host.endsWith("." + entryHost)) {
                return true;
            }
        }
        return false;
    }

    private static Proxy parse(String key, String url) {
        String withScheme = url.contains("://") ? url : "http://" + url;
        URI u;
        try {
            u = URI.create(withScheme);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("proxy URL for '" + key + "' is not a valid URL", e);
        }
        if (!"http".equalsIgnoreCase(u.getScheme())) {
            throw new IllegalArgumentException("proxy for '" + key + "' uses scheme '" + u.getScheme()
                    + "'; only http:// proxies are supported");
        }
        if (u.getHost() == null) {
            throw new IllegalArgumentException("proxy URL for '" + key + "' has no host");
        }
        String auth = null;
        if (u.getRawUserInfo() != null) {
            String userInfo = u.getRawUserInfo();
            int colon = userInfo.indexOf(':');
            String user = URLDecoder.decode(colon < 0 ? userInfo : userInfo.substring(0, colon),
                    StandardCharsets.UTF_8);
            String pass = colon < 0 ? "" : URLDecoder.decode(userInfo.substring(colon + 1), StandardCharsets.UTF_8);
            auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + pass)
                    .getBytes(StandardCharsets.UTF_8));
        }
        return new Proxy(u.getHost(), u.getPort() > 0 ? u.getPort() : 80, auth);
    }
}
