package io.boto4j.spring.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;

/**
 * The trust material of a Spring Boot {@link SslBundle} as the PEM CA bundle the SDK's {@code verify} takes
 * (botocore's {@code verify=<path>}). Written once per bundle to a temporary file deleted when the JVM exits.
 *
 * <p>Not yet: the bundle's key material as a client certificate (the SDK's {@code client_cert} wants PEM files of
 * certificate and private key; exporting a private key to disk needs a decision on where it may live).
 */
final class TlsTrust {
    private final ObjectProvider<SslBundles> bundles;
    private final Map<String, Path> written = new ConcurrentHashMap<>();

    TlsTrust(ObjectProvider<SslBundles> bundles) {
        this.bundles = bundles;
    }

    Path caBundle(String bundleName) {
        return written.computeIfAbsent(bundleName, this::write);
    }

    private Path write(String bundleName) {
        SslBundles all = bundles.getIfAvailable();
        if (all == null) {
            throw new InvalidBoto4jPropertyException("boto4j.ssl.bundle", bundleName,
                    "no SslBundles bean in the context (declare spring.ssl.bundle.* properties)", null);
        }
        SslBundle bundle = all.getBundle(bundleName);
        KeyStore trust = bundle.getStores().getTrustStore();
        if (trust == null) {
            throw new InvalidBoto4jPropertyException("boto4j.ssl.bundle", bundleName,
                    "the bundle has no trust store (set spring.ssl.bundle.*." + bundleName + ".truststore)", null);
        }
        try {
            StringBuilder pem = new StringBuilder();
            for (String alias : Collections.list(trust.aliases())) {
                Certificate cert = trust.getCertificate(alias);
                if (cert != null) {
                    pem.append("-----BEGIN CERTIFICATE-----\n")
                            .append(Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                    .encodeToString(cert.getEncoded()))
                            .append("\n-----END CERTIFICATE-----\n");
                }
            }
            Path file = Files.createTempFile("boto4j-" + bundleName + "-", ".pem");
            file.toFile().deleteOnExit();
            Files.writeString(file, pem, StandardCharsets.US_ASCII);
            return file;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the trust store of SSL bundle '" + bundleName + "'", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
