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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 *
 * <p>Parsing a CA bundle and building an {@code SSLContext} loads the JDK's certificate and TLS classes and costs a
 * fresh JVM some 270 ms for a system bundle of 140 certificates, and a warm one about 5 ms per client. So a client
 * only {@linkplain #check checks} its PEM files when it is built (a bad file still fails there, named, with its
 * line), builds the factory at its first https connection, and shares it with every client whose settings name the
 * same unchanged files: an {@code AWS_CA_BUNDLE} costs nothing to clients that speak plain http, and its parse is
 * paid once per process, not per client.
 */
public final class TlsSetup {
    private static final int MAX_SHARED = 32;
    private static final Map<Key, SSLSocketFactory> SHARED = new ConcurrentHashMap<>();
    /** Settings whose files passed {@link #check} as they are now, so the next client skips reading them again. */
    private static final Map<Key, Boolean> CHECKED = new ConcurrentHashMap<>();

    private TlsSetup() {
    }

    /**
     * Fails, naming the file and line, when a PEM file the settings name cannot be read, holds a malformed block or
     * lacks the certificate or key it is given for. Decodes no certificate and loads no TLS class.
     */
    public static void check(HttpClientSettings s) {
        if (s.sslContext() != null) {
            return;
        }
        try {
            Key key = Key.of(s);
            if (CHECKED.containsKey(key)) {
                return;
            }
            if (s.verify() && s.caBundle() != null && !Pem.hasCertificate(s.caBundle())) {
                throw new IOException(noCertificate("CA bundle", s.caBundle()));
            }
            if (s.clientCert() != null) {
                if (!Pem.hasCertificate(s.clientCert())) {
                    throw new IOException(noCertificate("client certificate file", s.clientCert()));
                }
                Path keyFile = keyFile(s);
                if (!Pem.hasPrivateKey(keyFile)) {
                    throw new IOException(noKey(keyFile));
                }
            }
            remember(CHECKED, key, Boolean.TRUE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set up TLS: " + e.getMessage(), e);
        }
    }

    /** The factory for these settings: the application's context's, or one shared by settings naming the same files. */
    public static SSLSocketFactory socketFactory(HttpClientSettings s) {
        if (s.sslContext() != null) {
            return s.sslContext().getSocketFactory();
        }
        Key key = Key.of(s);
        SSLSocketFactory shared = SHARED.get(key);
        if (shared != null) {
            return shared;
        }
        return remember(SHARED, key, build(s));
    }

    private static <V> V remember(Map<Key, V> map, Key key, V value) {
        if (map.size() >= MAX_SHARED) {
            map.clear();
        }
        V raced = map.putIfAbsent(key, value);
        return raced != null ? raced : value;
    }

    private static SSLSocketFactory build(HttpClientSettings s) {
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
                throw new IOException(noCertificate("CA bundle", caBundle));
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
            throw new IOException(noCertificate("client certificate file", certFile));
        }
        Path keySource = keyFile != null ? keyFile : certFile;
        PrivateKey key = Pem.privateKey(keySource);
        if (key == null) {
            throw new IOException(noKey(keySource));
        }
        KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
        ks.load(null, null);
        char[] password = new char[0];
        ks.setKeyEntry("client", key, password, chain.toArray(new X509Certificate[0]));
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, password);
        return kmf.getKeyManagers();
    }

    private static Path keyFile(HttpClientSettings s) {
        return s.clientKey() != null ? s.clientKey() : s.clientCert();
    }

    private static String noCertificate(String what, Path file) {
        return what + " " + file + " contains no PEM certificate";
    }

    private static String noKey(Path file) {
        return "no private key for the client certificate in " + file;
    }

    /**
     * What a built factory depends on: verification, and each file by path, size and modification time. Written
     * out rather than a record: a record's first {@code hashCode} bootstraps method handles, tens of ms in a fresh
     * JVM, on the way to every such client's first call.
     */
    private static final class Key {
        private final boolean verify;
        private final List<Object> files;

        private Key(boolean verify, List<Object> files) {
            this.verify = verify;
            this.files = files;
        }

        static Key of(HttpClientSettings s) {
            List<Object> files = new java.util.ArrayList<>(9);
            if (s.verify()) {
                stamp(files, s.caBundle());
            }
            stamp(files, s.clientCert());
            if (s.clientCert() != null) {
                stamp(files, s.clientKey());
            }
            return new Key(s.verify(), files);
        }

        private static void stamp(List<Object> out, Path file) {
            if (file == null) {
                out.add("-");
                return;
            }
            // java.io.File's length and time, not Files': no attribute-view classes on a cold path (a missing
            // file reads as 0 and fails where it is read)
            java.io.File f = file.toAbsolutePath().normalize().toFile();
            out.add(f.getPath());
            out.add(f.length());
            out.add(f.lastModified());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.verify == verify && k.files.equals(files);
        }

        @Override
        public int hashCode() {
            return files.hashCode() * 31 + (verify ? 1 : 0);
        }
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
