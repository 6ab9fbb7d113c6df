package io.boto4j.http;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * Settings of the default HTTP client, as botocore's {@code Config} and session variables name them. The
 * client layer fills it from {@code Config} ({@code max_pool_connections}, {@code connect_timeout},
 * {@code read_timeout}, {@code proxies}, {@code client_cert}, {@code tcp_keepalive}) and the session's
 * {@code verify} / {@code ca_bundle} / {@code AWS_CA_BUNDLE}.
 *
 * @param maxPoolConnections    idle connections kept per host (botocore's pool size, default 10); more may be
 *                              open at once, the extra ones are closed when returned
 * @param connectTimeout        TCP connect (and TLS handshake) timeout, default 60 s
 * @param readTimeout           longest wait for any response byte, default 60 s
 * @param proxies               scheme ({@code http}, {@code https}), {@code scheme://host} or {@code all} to proxy
 *                              URL ({@code http://user:pass@proxy:3128}); when null the environment's
 *                              {@code HTTPS_PROXY}/{@code HTTP_PROXY}/{@code NO_PROXY} apply
 * @param noProxy               hosts never proxied ({@code NO_PROXY} syntax), used with {@code proxies}
 * @param verify                false disables TLS certificate and host name verification (boto3's {@code verify=False})
 * @param caBundle              a PEM file of trusted CA certificates replacing the JVM's, or null
 * @param clientCert            a PEM client certificate (optionally with its key), or null
 * @param clientKey             a PEM PKCS#8 or PKCS#1 private key when not in {@code clientCert}, or null
 * @param expectContinueTimeout how long to wait for {@code 100 Continue} before sending the body anyway
 * @param tcpKeepAlive          enables TCP keep-alive probes on connections
 * @param sslContext            a TLS context built by the application (its key managers present a client
 *                              certificate, its trust managers decide which servers are trusted); when set it
 *                              replaces {@code caBundle}, {@code clientCert} and {@code verify=false}'s trust-all,
 *                              while host names are still checked unless {@code verify} is false; or null
 */
public record HttpClientSettings(int maxPoolConnections, Duration connectTimeout, Duration readTimeout,
        Map<String, String> proxies, List<String> noProxy, boolean verify, Path caBundle, Path clientCert,
        Path clientKey, Duration expectContinueTimeout, boolean tcpKeepAlive, SSLContext sslContext) {

    public static final int DEFAULT_MAX_POOL_CONNECTIONS = 10;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public HttpClientSettings {
        if (maxPoolConnections < 1) {
            throw new IllegalArgumentException("max_pool_connections must be at least 1, got " + maxPoolConnections);
        }
        requirePositive("connect_timeout", connectTimeout);
        requirePositive("read_timeout", readTimeout);
        requirePositive("expect-continue timeout", expectContinueTimeout);
        proxies = proxies == null ? null : Map.copyOf(proxies);
        noProxy = noProxy == null ? List.of() : List.copyOf(noProxy);
    }

    private static void requirePositive(String name, Duration d) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + d);
        }
    }

    public static HttpClientSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Proxy URLs with their passwords masked: settings get logged, credentials must not. */
    @Override
    public String toString() {
        Map<String, String> masked = null;
        if (proxies != null) {
            masked = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : proxies.entrySet()) {
                masked.put(e.getKey(), ProxyMasking.mask(e.getValue()));
            }
        }
        return "HttpClientSettings[maxPoolConnections=" + maxPoolConnections + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + ", proxies=" + masked + ", noProxy=" + noProxy + ", verify="
                + verify + ", caBundle=" + caBundle + ", clientCert=" + clientCert + ", expectContinueTimeout="
                + expectContinueTimeout + ", tcpKeepAlive=" + tcpKeepAlive + ", sslContext="
                + (sslContext == null ? null : sslContext.getProtocol()) + "]";
    }

    static final class ProxyMasking {
        private ProxyMasking() {
        }

        static String mask(String url) {
            if (url == null) {
                return null;
            }
            int scheme = url.indexOf("://");
            int at = url.lastIndexOf('@');
            if (at < 0) {
                return url;
            }
            int start = scheme < 0 ? 0 : scheme + 3;
            String userInfo = url.substring(start, at);
            int colon = userInfo.indexOf(':');
            String user = colon < 0 ? userInfo : userInfo.substring(0, colon);
            return url.substring(0, start) + user + ":****" + url.substring(at);
        }
    }

    public static final class Builder {
        private int maxPoolConnections = DEFAULT_MAX_POOL_CONNECTIONS;
        private Duration connectTimeout = DEFAULT_TIMEOUT;
        private Duration readTimeout = DEFAULT_TIMEOUT;
        private Map<String, String> proxies;
        private List<String> noProxy;
        private boolean verify = true;
        private Path caBundle;
        private Path clientCert;
        private Path clientKey;
        private Duration expectContinueTimeout = Duration.ofSeconds(1);
        private boolean tcpKeepAlive;
        private SSLContext sslContext;

        private Builder() {
        }

        public Builder maxPoolConnections(int n) {
            this.maxPoolConnections = n;
            return this;
        }

        public Builder connectTimeout(Duration d) {
            this.connectTimeout = d;
            return this;
        }

        public Builder readTimeout(Duration d) {
            this.readTimeout = d;
            return this;
        }

        public Builder proxies(Map<String, String> proxies) {
            this.proxies = proxies;
            return this;
        }

        public Builder noProxy(List<String> hosts) {
            this.noProxy = hosts;
            return this;
        }

        /**
         * Proxies from environment variables as botocore reads them ({@code HTTPS_PROXY}, {@code HTTP_PROXY},
         * {@code ALL_PROXY}, {@code NO_PROXY}, upper or lower case, lower case first).
         */
        public Builder proxiesFromEnvironment(Map<String, String> env) {
            Map<String, String> p = new LinkedHashMap<>();
            for (String scheme : new String[] {"http", "https", "all"}) {
                String v = firstNonEmpty(env.get(scheme + "_proxy"), env.get(scheme.toUpperCase() + "_PROXY"));
                if (v != null) {
                    p.put(scheme, v);
                }
            }
            this.proxies = p;
            String no = firstNonEmpty(env.get("no_proxy"), env.get("NO_PROXY"));
            this.noProxy = no == null ? List.of() : List.of(no.split("\\s*,\\s*"));
            return this;
        }

        private static String firstNonEmpty(String a, String b) {
            if (a != null && !a.isBlank()) {
                return a.trim();
            }
            return b != null && !b.isBlank() ? b.trim() : null;
        }

        public Builder verify(boolean verify) {
            this.verify = verify;
            return this;
        }

        public Builder caBundle(Path pemFile) {
            this.caBundle = pemFile;
            return this;
        }

        public Builder clientCert(Path certPem, Path keyPem) {
            this.clientCert = certPem;
            this.clientKey = keyPem;
            return this;
        }

        public Builder expectContinueTimeout(Duration d) {
            this.expectContinueTimeout = d;
            return this;
        }

        public Builder tcpKeepAlive(boolean on) {
            this.tcpKeepAlive = on;
            return this;
        }

        /** Connections use this TLS context (client certificate, custom trust) instead of one built from files. */
        public Builder sslContext(SSLContext context) {
            this.sslContext = context;
            return this;
        }

        /** Without explicit {@link #proxies}, the process environment's proxy variables apply. */
        public HttpClientSettings build() {
            if (proxies == null) {
                proxiesFromEnvironment(System.getenv());
            }
            return new HttpClientSettings(maxPoolConnections, connectTimeout, readTimeout, proxies, noProxy, verify,
                    caBundle, clientCert, clientKey, expectContinueTimeout, tcpKeepAlive, sslContext);
        }
    }
}
