package io.boto4j.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpClientSettingsTest {
    @Test
    void defaultsAreBotocores() {
        HttpClientSettings s = HttpClientSettings.builder().proxies(Map.of()).build();
        assertEquals(10, s.maxPoolConnections());
        assertEquals(Duration.ofSeconds(60), s.connectTimeout());
        assertEquals(Duration.ofSeconds(60), s.readTimeout());
        assertTrue(s.verify());
    }

    @Test
    void invalidValuesAreRejectedNamingTheSetting() {
        IllegalArgumentException pool = assertThrows(IllegalArgumentException.class,
                () -> HttpClientSettings.builder().maxPoolConnections(0).build());
        assertTrue(pool.getMessage().contains("max_pool_connections"), pool.getMessage());
        IllegalArgumentException timeout = assertThrows(IllegalArgumentException.class,
                () -> HttpClientSettings.builder().readTimeout(Duration.ZERO).build());
        assertTrue(timeout.getMessage().contains("read_timeout"), timeout.getMessage());
    }

    @Test
    void proxyPasswordsNeverAppearInToString() {
        HttpClientSettings s = HttpClientSettings.builder()
                .proxies(Map.of("https", "http://bob:hunter2@proxy.example:3128")).build();
        assertFalse(s.toString().contains("hunter2"), s.toString());
        assertTrue(s.toString().contains("bob:****@proxy.example:3128"), s.toString());
    }

    @Test
    void badProxyUrlsFailWhenTheClientIsBuilt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DefaultHttpClient(
                HttpClientSettings.builder().proxies(Map.of("https", "http://")).build()));
        assertTrue(e.getMessage().contains("https"), e.getMessage());
    }
}
