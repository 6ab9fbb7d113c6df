package io.boto4j.internal.http;

import io.boto4j.http.HttpClientSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Builds the client's TLS socket factory from the verify, CA bundle and client certificate settings, or takes it
 * from the application's own {@code SSLContext} when one is given.
 */
public final class TlsSetup {
    private TlsSetup() {
    }

    public static SSLSocketFactory socketFactory(HttpClientSettings s) {
        if (s.sslContext() != null) {
            return s.sslContext().getSocketFactory();
        }
        try {
            TrustManager[] trust = s.verify() ? trustManagers(s.caBundle()) : new TrustManager[] {new TrustAll()};
            KeyManager[] keys = s.clientCert() == null ? null : keyManagers(s.clientCert(), s.clientKey());
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(keys, trust, null);
            return ctx.getSocketFactory();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set up TLS: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up TLS: " + e.getMessage(), e);
        }
    }

    private static TrustManager[] trustManagers(Path caBundle) throws IOException, GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        if (caBundle == null) {
            tmf.init((KeyStore) null);
        } else {
            List<X509Certificate> certs = Pem.certificates(caBundle);
            if (certs.isEmpty()) {
                throw new IOException("CA bundle " + caBundle + " contains no PEM certificate");
            }
            KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
            ks.load(null, null);
            for (int i = 0; i < certs.size(); i++) {
                ks.setCertificateEntry("ca-" + i, certs.get(i));
            }
            tmf.init(ks);
        }
        return tmf.getTrustManagers();
    }

    private static KeyManager[] keyManagers(Path certFile, Path keyFile) throws IOException, GeneralSecurityException {
        List<X509Certificate> chain = Pem.certificates(certFile);
        if (chain.isEmpty()) {
            throw new IOException("client certificate file " + certFile + " contains no PEM certificate");
        }
        PrivateKey key = Pem.privateKey(keyFile != null ? keyFile : certFile);
        if (key == null) {
            throw new IOException("no private key for the client certificate in "
                    + (keyFile != null ? keyFile : certFile));
        }
        KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
        ks.load(null, null);
        char[] password = new char[0];
        ks.setKeyEntry("client", key, password, chain.toArray(new X509Certificate[0]));
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, password);
        return kmf.getKeyManagers();
    }

    /** boto3's {@code verify=False}: any certificate is accepted (host names are not checked either). */
    private static final class TrustAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
