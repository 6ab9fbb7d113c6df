package io.boto4j.internal.http;

import java.util.Objects;

/**
 * Where a connection goes: the target and, when proxied, the proxy. Connections are pooled per route.
 *
 * <p>equals and hashCode are written out: a record's generated ones bootstrap {@code ObjectMethods} on first
 * use, some forty method-handle classes spun at run time, on every process's first call.
 */
record Route(boolean tls, String host, int port, ProxyResolver.Proxy proxy) {
    @Override
    public boolean equals(Object o) {
        return o instanceof Route r && tls == r.tls && port == r.port && host.equals(r.host)
                && Objects.equals(proxy, r.proxy);
    }

    @Override
    public int hashCode() {
        return ((Boolean.hashCode(tls) * 31 + host.hashCode()) * 31 + port) * 31 + Objects.hashCode(proxy);
    }

    @Override
    public String toString() {
        return (tls ? "https://" : "http://") + host + ":" + port + (proxy == null ? "" : " via " + proxy);
    }
}
