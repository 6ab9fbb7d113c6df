package io.boto4j.spring.autoconfigure.configimport;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import io.boto4j.spring.autoconfigure.Boto4jConnectionDetails;
import io.boto4j.spring.autoconfigure.local.Boto4jLocalProperties;
import io.boto4j.spring.autoconfigure.local.LocalBackend;
import io.boto4j.spring.autoconfigure.local.LocalBackends;
import java.util.Objects;
import org.springframework.boot.bootstrap.BootstrapContext;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * Where a configuration import connects, resolved as the starter resolves its clients, before any bean exists:
 * a {@link Boto4jConnectionDetails} in the bootstrap context (a service connection registered there), else the
 * local backend when {@code boto4j.local.enabled}, else {@code boto4j.clients.<service>.*} over {@code boto4j.*};
 * whatever is unset falls through to the SDK's own chains. {@link #toString()} never shows a key.
 */
record ConnectionSettings(String endpointUrl, String region, String profile, String accessKeyId,
                          String secretAccessKey, String sessionToken) {

    static ConnectionSettings resolve(String service, Binder binder, BootstrapContext bootstrap) {
        String profile = string(binder, "boto4j.profile");
        if (bootstrap != null && bootstrap.isRegistered(Boto4jConnectionDetails.class)) {
            Boto4jConnectionDetails d = bootstrap.get(Boto4jConnectionDetails.class);
            return new ConnectionSettings(d.endpointUrl(), d.region(), profile, d.accessKeyId(), d.secretAccessKey(),
                    null);
        }
        Boto4jLocalProperties local = binder.bind("boto4j.local", Boto4jLocalProperties.class)
                .orElseGet(Boto4jLocalProperties::new);
        if (local.isEnabled()) {
            LocalBackend backend = LocalBackends.obtain(local);
            String region = string(binder, "boto4j.region");
            return new ConnectionSettings(backend.endpoint(), region != null ? region : local.getRegion(), null,
                    LocalBackend.ACCESS_KEY, LocalBackend.SECRET_KEY, null);
        }
        String own = "boto4j.clients." + service + ".";
        return new ConnectionSettings(
                first(string(binder, own + "endpoint-url"), string(binder, "boto4j.endpoint-url")),
                first(string(binder, own + "region"), string(binder, "boto4j.region")),
                first(string(binder, own + "profile"), profile),
                string(binder, "boto4j.credentials.access-key-id"),
                string(binder, "boto4j.credentials.secret-access-key"),
                string(binder, "boto4j.credentials.session-token"));
    }

    Client client(String service) {
        Session.Builder session = Session.builder();
        if (region != null) {
            session.regionName(region);
        }
        if (profile != null) {
            session.profileName(profile);
        }
        if (accessKeyId != null) {
            session.awsAccessKeyId(accessKeyId).awsSecretAccessKey(secretAccessKey).awsSessionToken(sessionToken);
        }
        ClientOptions.Builder options = ClientOptions.builder();
        if (endpointUrl != null && !endpointUrl.isBlank()) {
            options.endpointUrl(endpointUrl);
        }
        return session.build().client(service, options.build());
    }

    private static String string(Binder binder, String name) {
        return binder.bind(name, String.class).orElse(null);
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConnectionSettings c && Objects.equals(endpointUrl, c.endpointUrl)
                && Objects.equals(region, c.region) && Objects.equals(profile, c.profile)
                && Objects.equals(accessKeyId, c.accessKeyId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(endpointUrl, region, profile, accessKeyId);
    }

    @Override
    public String toString() {
        return "ConnectionSettings[endpointUrl=" + endpointUrl + ", region=" + region + ", profile=" + profile
                + ", keys=" + (accessKeyId == null ? "chain" : "set") + "]";
    }
}
