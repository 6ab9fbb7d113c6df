package io.boto4j.internal.http;

import java.util.Objects;

/** Where a connection goes: the target and, when proxied, the proxy. Connections are pooled per route. */
record Route(boolean tls, String host, int port, ProxyResolver.Proxy proxy) {
    // Written out because every call looks its route up in the pool twice: a record's generated equals and
    // hashCode run through method-handle chains that stay slow for the few hundred calls a large-object
    // workload makes before the JIT gets to them.
    @Override
    public boolean equals(Object o) {
        return o instanceof Route r && tls == r.tls && port == r.port && host.equals(r.host)
                && Objects.equals(proxy, r.proxy);
    }

    @Override
    public int hashCode() {
        return (host.hashCode() * 31 + port) * 31 + (tls ? 1 : 0) + Objects.hashCode(proxy);
    }

    @Override
    public String toString() {
        return (tls ? "https://" : "http://") + host + ":" + port + (proxy == null ? "" : " via " + proxy);
    }
}
