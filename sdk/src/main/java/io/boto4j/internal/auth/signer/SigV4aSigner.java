package io.boto4j.internal.auth.signer;

import io.boto4j.internal.auth.PayloadSigning;
import io.boto4j.internal.auth.SigningContext;
import io.boto4j.internal.auth.SigningCredentials;
import io.boto4j.http.HttpRequest;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SigV4a: the SigV4 canonical request signed with ECDSA P-256 (SHA-256) under a key derived from the secret
 * key, scoped to a region set ({@code X-Amz-Region-Set}) instead of one region. Derived keys are cached per
 * access key.
 */
public final class SigV4aSigner implements Signer {
    public static final SigV4aSigner INSTANCE = new SigV4aSigner();
    static final String ALGORITHM = "AWS4-ECDSA-P256-SHA256";
    private static final int MAX_CACHED_KEYS = 64;
    private static final ECParameterSpec P256;
    private static final BigInteger ORDER_MINUS_TWO;

    static {
        try {
            AlgorithmParameters params = AlgorithmParameters.getInstance("EC");
            params.init(new ECGenParameterSpec("secp256r1"));
            P256 = params.getParameterSpec(ECParameterSpec.class);
            ORDER_MINUS_TWO = P256.getOrder().subtract(BigInteger.TWO);
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final ConcurrentHashMap<String, DerivedKey> keys = new ConcurrentHashMap<>();

    private record DerivedKey(String secretHash, BigInteger d, PrivateKey key) {
    }

    private SigV4aSigner() {
    }

    @Override
    public HttpRequest sign(HttpRequest request, SigningContext ctx) {
        SigningCredentials creds = SigV4Signer.requireCredentials(ctx);
        String service = Objects.requireNonNull(ctx.signingName(), "signing name");
        String regionSet = ctx.regionSet().isEmpty() ? Objects.requireNonNull(ctx.region(), "signing region set")
                : String.join(",", ctx.regionSet());
        Instant now = ctx.now();
        SigningTime time = SigningTime.of(now);
        HttpRequest.Builder b = request.toBuilder();
        b.removeHeader("Authorization");
        b.header("X-Amz-Date", time.timestamp());
        b.header("X-Amz-Region-Set", regionSet);
        if (creds.sessionToken() != null) {
            b.header(ctx.sessionTokenHeader(), creds.sessionToken());
        }
        if (ctx.contentSha256Header() || ctx.payloadSigning() != PayloadSigning.SIGNED) {
            b.header("X-Amz-Content-SHA256", SigV4Signer.payloadHashOf(request.body(), ctx.payloadSigning()));
        }
        HttpRequest prepared = b.build();
        Canonical.Request cr = Canonical.request(prepared.method(), prepared.uri(), prepared.headers(),
                SigV4Signer.payloadHash(prepared, ctx), ctx.normalizePath(), ctx.doubleUriEncode());
        String scope = time.date() + "/" + service + "/aws4_request";
        String sts = stringToSign(time.timestamp(), scope, cr.text());
        String signature = Crypto.hex(ecdsa(derivedKey(creds).key, sts));
        b.header("Authorization", ALGORITHM + " Credential=" + creds.accessKey() + "/" + scope
                + ", SignedHeaders=" + cr.signedHeaders() + ", Signature=" + signature);
        return b.build();
    }

    /** The hex DER ECDSA signature of a string to sign under the credentials' derived key. */
    String signString(SigningCredentials creds, String stringToSign) {
        return Crypto.hex(ecdsa(derivedKey(creds).key, stringToSign));
    }

    static String stringToSign(String timestamp, String scope, String canonicalRequest) {
        return ALGORITHM + "\n" + timestamp + "\n" + scope + "\n" + Crypto.sha256Hex(canonicalRequest);
    }

    /** The private scalar of the key derived from these credentials (exposed for known-answer tests). */
    public BigInteger privateKeyOf(SigningCredentials credentials) {
        return derivedKey(credentials).d;
    }

    private DerivedKey derivedKey(SigningCredentials creds) {
        String secretHash = Crypto.sha256Hex(creds.secretKey());
        DerivedKey k = keys.get(creds.accessKey());
        if (k == null || !k.secretHash.equals(secretHash)) {
            BigInteger d = derive(creds.accessKey(), creds.secretKey());
            try {
                PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(d, P256));
                k = new DerivedKey(secretHash, d, key);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot build the SigV4a signing key", e);
            }
            if (keys.size() >= MAX_CACHED_KEYS) {
                keys.clear();
            }
            keys.put(creds.accessKey(), k);
        }
        return k;
    }

    /**
     * NIST SP 800-108 counter-mode KDF with HMAC-SHA256 keyed by {@code "AWS4A" + secret}; an external counter
     * retries until the candidate is below n-1, so that d = candidate + 1 is a valid P-256 scalar.
     */
    static BigInteger derive(String accessKey, String secret) {
        byte[] hmacKey = ("AWS4A" + secret).getBytes(StandardCharsets.UTF_8);
        byte[] label = ALGORITHM.getBytes(StandardCharsets.UTF_8);
        byte[] context = accessKey.getBytes(StandardCharsets.UTF_8);
        for (int counter = 1; counter <= 254; counter++) {
            ByteBuffer input = ByteBuffer.allocate(4 + label.length + 1 + context.length + 1 + 4);
            input.putInt(1).put(label).put((byte) 0).put(context).put((byte) counter).putInt(256);
            BigInteger candidate = new BigInteger(1, Crypto.hmac(hmacKey, input.array()));
            if (candidate.compareTo(ORDER_MINUS_TWO) <= 0) {
                return candidate.add(BigInteger.ONE);
            }
        }
        throw new IllegalStateException("SigV4a key derivation did not converge");
    }

    private static byte[] ecdsa(PrivateKey key, String stringToSign) {
        try {
            Signature s = Signature.getInstance("SHA256withECDSA");
            s.initSign(key);
            s.update(stringToSign.getBytes(StandardCharsets.UTF_8));
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SigV4a signing failed", e);
        }
    }

    static ECParameterSpec curve() {
        return P256;
    }
}
