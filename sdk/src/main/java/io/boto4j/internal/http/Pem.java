package io.boto4j.internal.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Reads PEM files: certificates and unencrypted private keys (PKCS#8, or PKCS#1 RSA). */
final class Pem {
    /** One BEGIN/END block: its type, the number of its BEGIN line, and its base64 text (null when not kept). */
    private record Block(String type, int line, String base64) {
    }

    private Pem() {
    }

    /** Whether the file holds a certificate block, each BEGIN line with its END line; decodes nothing. */
    static boolean hasCertificate(Path file) throws IOException {
        for (Block b : blocks(file, false)) {
            if (isCertificate(b)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the file holds a private key block that {@link #privateKey} would try to read; decodes no key. An
     * encrypted key fails here, as it would there.
     */
    static boolean hasPrivateKey(Path file) throws IOException {
        for (Block b : blocks(file, false)) {
            switch (b.type) {
                case "PRIVATE KEY", "RSA PRIVATE KEY" -> {
                    return true;
                }
                case "ENCRYPTED PRIVATE KEY" -> throw encrypted(file, b);
                default -> {
                }
            }
        }
        return false;
    }

    private static boolean isCertificate(Block b) {
        return b.type.equals("CERTIFICATE") || b.type.equals("TRUSTED CERTIFICATE");
    }

    private static IOException encrypted(Path file, Block b) {
        return new IOException(file + " line " + b.line + ": encrypted private keys are not supported; decrypt the "
                + "key first");
    }

    static List<X509Certificate> certificates(Path file) throws IOException {
        List<X509Certificate> out = new ArrayList<>();
        CertificateFactory cf;
        try {
            cf = CertificateFactory.getInstance("X.509");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        for (Block b : blocks(file, true)) {
            if (isCertificate(b)) {
                try {
                    out.add((X509Certificate) cf.generateCertificate(new ByteArrayInputStream(der(file, b))));
                } catch (GeneralSecurityException e) {
                    throw new IOException(file + " line " + b.line + ": not a valid X.509 certificate", e);
                }
            }
        }
        return out;
    }

    /** The first private key in the file, or null if it has none. */
    static PrivateKey privateKey(Path file) throws IOException {
        for (Block b : blocks(file, true)) {
            try {
                switch (b.type) {
                    case "PRIVATE KEY" -> {
                        return pkcs8(der(file, b));
                    }
                    case "RSA PRIVATE KEY" -> {
                        return KeyFactory.getInstance("RSA").generatePrivate(
                                new PKCS8EncodedKeySpec(wrapPkcs1Rsa(der(file, b))));
                    }
                    case "ENCRYPTED PRIVATE KEY" -> throw encrypted(file, b);
                    default -> {
                    }
                }
            } catch (GeneralSecurityException e) {
                throw new IOException(file + " line " + b.line + ": cannot read the " + b.type, e);
            }
        }
        return null;
    }

    private static PrivateKey pkcs8(byte[] der) throws GeneralSecurityException {
        GeneralSecurityException last = null;
        for (String alg : new String[] {"RSA", "EC", "Ed25519", "DSA"}) {
            try {
                return KeyFactory.getInstance(alg).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                last = e;
            }
        }
        throw last;
    }

    // PKCS#8 PrivateKeyInfo: SEQUENCE { INTEGER 0, SEQUENCE { OID rsaEncryption, NULL }, OCTET STRING pkcs1 }
    private static byte[] wrapPkcs1Rsa(byte[] pkcs1) {
        byte[] algId = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01,
            0x01, 0x05, 0x00};
        byte[] version = {0x02, 0x01, 0x00};
        byte[] octet = tlv(0x04, pkcs1);
        byte[] body = new byte[version.length + algId.length + octet.length];
        System.arraycopy(version, 0, body, 0, version.length);
        System.arraycopy(algId, 0, body, version.length, algId.length);
        System.arraycopy(octet, 0, body, version.length + algId.length, octet.length);
        return tlv(0x30, body);
    }

    private static byte[] tlv(int tag, byte[] value) {
        int len = value.length;
        byte[] lenBytes;
        if (len < 0x80) {
            lenBytes = new byte[] {(byte) len};
        } else if (len < 0x100) {
            lenBytes = new byte[] {(byte) 0x81, (byte) len};
        } else if (len < 0x10000) {
            lenBytes = new byte[] {(byte) 0x82, (byte) (len >> 8), (byte) len};
        } else {
            lenBytes = new byte[] {(byte) 0x83, (byte) (len >> 16), (byte) (len >> 8), (byte) len};
        }
        byte[] out = new byte[1 + lenBytes.length + len];
        out[0] = (byte) tag;
        System.arraycopy(lenBytes, 0, out, 1, lenBytes.length);
        System.arraycopy(value, 0, out, 1 + lenBytes.length, len);
        return out;
    }

    private static byte[] der(Path file, Block b) throws IOException {
        try {
            return Base64.getMimeDecoder().decode(b.base64);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " line " + b.line + ": the " + b.type + " block is not valid base64", e);
        }
    }

    /** The file's blocks, with their base64 text when {@code bodies}; fails on a BEGIN line without its END. */
    private static List<Block> blocks(Path file, boolean bodies) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        List<Block> out = new ArrayList<>();
        String type = null;
        int start = 0;
        StringBuilder b64 = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (type == null) {
                if (line.startsWith("-----BEGIN ") && line.endsWith("-----")) {
                    type = line.substring(11, line.length() - 5);
                    start = i + 1;
                    b64.setLength(0);
                }
            } else if (line.startsWith("-----END ")) {
                out.add(new Block(type, start, bodies ? b64.toString() : null));
                type = null;
            } else if (bodies && !line.contains(":")) {
                b64.append(line);
            }
        }
        if (type != null) {
            throw new IOException(file + " line " + start + ": BEGIN " + type + " has no matching END line");
        }
        return out;
    }
}
