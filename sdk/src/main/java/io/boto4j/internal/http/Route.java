package io.boto4j.internal.http;

/** Where a connection goes: the target and, when proxied, the proxy. Connections are pooled per route. */
record Route(boolean tls, String host, int port, ProxyResolver.Proxy proxy) {
    @Override
    public String toString() {
        return (tls ? "https://" : "http://") + host + ":" + port + (proxy == null ? "" : " via " + proxy);
    }
}
