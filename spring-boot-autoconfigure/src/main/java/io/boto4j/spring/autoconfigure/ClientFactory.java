package io.boto4j.spring.autoconfigure;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import io.boto4j.config.Config;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the client beans from properties, the shared session and the customizers. */
public final class ClientFactory {
    private final Session session;
    private final Boto4jProperties properties;
    private final List<ClientCustomizer> customizers;

    ClientFactory(Session session, Boto4jProperties properties, List<ClientCustomizer> customizers) {
        this.session = session;
        this.properties = properties;
        this.customizers = customizers;
    }

    public Client create(String serviceName) {
        Boto4jProperties.ClientProperties own = properties.getClients().get(serviceName);
        ClientOptions.Builder options = ClientOptions.builder().config(config());
        String endpoint = own != null && own.getEndpointUrl() != null ? own.getEndpointUrl() : properties.getEndpointUrl();
        if (endpoint != null && !endpoint.isBlank()) {
            options.endpointUrl(endpoint);
        }
        if (own != null && own.getRegion() != null) {
            options.regionName(own.getRegion());
        }
        customizers.forEach(c -> c.customize(serviceName, options));
        return session.client(serviceName, options.build());
    }

    private Config config() {
        Boto4jProperties.ClientConfig c = properties.getConfig();
        Config.Builder b = Config.builder();
        Map<String, Object> retries = new HashMap<>();
        if (c.getRetryMode() != null) {
            retries.put("mode", c.getRetryMode());
        }
        if (c.getMaxAttempts() != null) {
            retries.put("total_max_attempts", c.getMaxAttempts());
        }
        if (!retries.isEmpty()) {
            b.retries(retries);
        }
        if (c.getConnectTimeout() != null) {
            b.connectTimeout(c.getConnectTimeout());
        }
        if (c.getReadTimeout() != null) {
            b.readTimeout(c.getReadTimeout());
        }
        if (c.getSignatureVersion() != null) {
            b.signatureVersion(c.getSignatureVersion());
        }
        if (c.getS3AddressingStyle() != null) {
            b.s3(Map.of("addressing_style", c.getS3AddressingStyle()));
        }
        return b.build();
    }
}
