package io.boto4j.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RouteTest {
    private static final ProxyResolver.Proxy PROXY = new ProxyResolver.Proxy("proxy.local", 3128, null);

    @Test
    void routesToTheSameTargetThroughTheSameProxyShareAPoolKey() {
        Route a = new Route(true, "sqs.us-east-1.amazonaws.com", 443, new ProxyResolver.Proxy("proxy.local", 3128, "Basic x"));
        Route b = new Route(true, new String("sqs.us-east-1.amazonaws.com"), 443,
                new ProxyResolver.Proxy(new String("proxy.local"), 3128, new String("Basic x")));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(new Route(false, "h", 80, null), new Route(false, "h", 80, null));
    }

    @Test
    void routesDifferingInAnyPartAreDifferentKeys() {
        Route base = new Route(true, "h", 443, PROXY);
        for (Route other : List.of(new Route(false, "h", 443, PROXY), new Route(true, "g", 443, PROXY),
                new Route(true, "h", 444, PROXY), new Route(true, "h", 443, null),
                new Route(true, "h", 443, new ProxyResolver.Proxy("proxy.local", 3129, null)),
                new Route(true, "h", 443, new ProxyResolver.Proxy("proxy.other", 3128, null)),
                new Route(true, "h", 443, new ProxyResolver.Proxy("proxy.local", 3128, "Basic y")))) {
            assertNotEquals(base, other, other.toString());
            assertNotEquals(other, base, other.toString());
        }
        assertNotEquals(base, null);
        assertNotEquals(base, "h:443");
    }
}
