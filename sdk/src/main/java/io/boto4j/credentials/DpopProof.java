package io.boto4j.credentials;

import io.boto4j.internal.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A DPoP proof (RFC 9449) for the sign-in token call: an ES256 JWT over the request method and URL, whose header
 * carries the public half of the login session's P-256 key.
 */
final class DpopProof {
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey key;
    private final byte[] x;
    private final byte[] y;
    private final Clock clock;

    private DpopProof(PrivateKey key, byte[] x, byte[] y, Clock clock) {
        this.key = key;
        this.x = x;
        this.y = y;
        this.clock = clock;
    }

    /** Reads a PEM PKCS#8 EC key whose SEC1 body embeds the public point (as the login cache stores it). */
    static DpopProof fromPem(String pem, Clock clock) {
        StringBuilder body = new StringBuilder();
        for (String line : pem.split("\\R")) {
            if (!line.startsWith("-----")) {
                body.append(line.strip());
            }
        }
        byte[] der = Base64.getDecoder().decode(body.toString());
        byte[] point = publicPoint(der);
        try {
            PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
            return new DpopProof(key, Arrays.copyOfRange(point, 1, 33), Arrays.copyOfRange(point, 33, 65), clock);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Unable to load private key from cached token.");
        }
    }

    /** The uncompressed point: the BIT STRING {@code 03 42 00 04 x y} of the SEC1 publicKey field. */
    private static byte[] publicPoint(byte[] der) {
        for (int i = der.length - 68; i >= 0; i--) {
            if (der[i] == 0x03 && der[i + 1] == 0x42 && der[i + 2] == 0x00 && der[i + 3] == 0x04) {
                return Arrays.copyOfRange(der, i + 3, i + 68);
            }
        }
        throw new IllegalArgumentException("Unable to load private key from cached token (no public key).");
    }

    String header(String url) {
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "EC");
        jwk.put("x", B64URL.encodeToString(x));
        jwk.put("y", B64URL.encodeToString(y));
        jwk.put("crv", "P-256");
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("typ", "dpop+jwt");
        header.put("alg", "ES256");
        header.put("jwk", jwk);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("htm", "POST");
        payload.put("htu", url);
        payload.put("iat", clock.instant().getEpochSecond());
        payload.put("jti", UUID.randomUUID().toString());
        String input = B64URL.encodeToString(Json.write(header).getBytes(StandardCharsets.UTF_8)) + "."
                + B64URL.encodeToString(Json.write(payload).getBytes(StandardCharsets.UTF_8));
        try {
            Signature s = Signature.getInstance("SHA256withECDSAinP1363Format");
            s.initSign(key);
            s.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + B64URL.encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the DPoP proof", e);
        }
    }

    @Override
    public String toString() {
        return "DpopProof[key=****]";
    }
}
