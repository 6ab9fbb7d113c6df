package io.boto4j.spring.autoconfigure;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;

/**
 * The {@link SSLContext} of a Spring Boot {@link SslBundle}, handed to the SDK's HTTP client as it is: the bundle's
 * key material is the client certificate, its trust material decides which servers are trusted. Nothing is written
 * to disk (a private key exported to a PEM file for botocore's {@code client_cert} would outlive the process).
 * One context per bundle name, shared by the clients naming it.
 */
final class SslBundleContexts {
    private final ObjectProvider<SslBundles> bundles;
    private final Map<String, SSLContext> contexts = new ConcurrentHashMap<>();

    SslBundleContexts(ObjectProvider<SslBundles> bundles) {
        this.bundles = bundles;
    }

    /** {@code property} is where the name came from, for the start-up report. */
    SSLContext context(String property, String bundleName) {
        return contexts.computeIfAbsent(bundleName, name -> create(property, name));
    }

    private SSLContext create(String property, String bundleName) {
        SslBundles all = bundles.getIfAvailable();
        if (all == null) {
            throw new InvalidBoto4jPropertyException(property, bundleName,
                    "no SslBundles bean in the context (declare spring.ssl.bundle.* properties)", null);
        }
        SslBundle bundle;
        try {
            bundle = all.getBundle(bundleName);
        } catch (NoSuchSslBundleException e) {
            throw new InvalidBoto4jPropertyException(property, bundleName,
                    "no SSL bundle of that name (known: " + all.getBundleNames() + ")", null);
        }
        return bundle.createSslContext();
    }
}
