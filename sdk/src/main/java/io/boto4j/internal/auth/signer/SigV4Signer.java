package io.boto4j.internal.auth.signer;

import io.boto4j.internal.auth.PayloadSigning;
import io.boto4j.internal.auth.SigningContext;
import io.boto4j.internal.auth.SigningCredentials;
import io.boto4j.exception.NoCredentialsError;
import io.boto4j.http.HttpRequest;
import io.boto4j.http.RequestBody;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * AWS Signature Version 4 in the {@code Authorization} header. Adds {@code X-Amz-Date} (or rewrites
 * {@code Date}), the session token header, and {@code X-Amz-Content-SHA256} when the context asks for it.
 */
public final class SigV4Signer implements Signer {
    public static final SigV4Signer INSTANCE = new SigV4Signer();
    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
    static final String STREAMING_UNSIGNED_TRAILER = "STREAMING-UNSIGNED-PAYLOAD-TRAILER";
    private static final int MAX_CACHED_KEYS = 256;

    /** Signing keys by (secret, date, region, service): four HMACs saved per request. */
    private final ConcurrentHashMap<KeyScope, byte[]> signingKeys = new ConcurrentHashMap<>();

    private record KeyScope(String secret, String date, String region, String service) {
        // written out: a record's generated equals/hashCode bootstrap through ObjectMethods on first use, some
        // 40 ms of method-handle spinning on the first signed call of a process
        @Override
        public boolean equals(Object o) {
            return o instanceof KeyScope k && secret.equals(k.secret) && date.equals(k.date)
                    && region.equals(k.region) && service.equals(k.service);
        }

        @Override
        public int hashCode() {
            return ((secret.hashCode() * 31 + date.hashCode()) * 31 + region.hashCode()) * 31 + service.hashCode();
        }

        @Override
        public String toString() {
            return "KeyScope[" + date + "/" + region + "/" + service + "]";
        }
    }

    private SigV4Signer() {
    }

    /** The canonical request, string to sign and signature, for tests and debugging (no secrets inside). */
    public record Signature(String canonicalRequest, String stringToSign, String signedHeaders, String signature,
                            String credentialScope) {
    }

    @Override
    public HttpRequest sign(HttpRequest request, SigningContext ctx) {
        SigningCredentials creds = requireCredentials(ctx);
        Instant now = ctx.now();
        SigningTime time = SigningTime.of(now);
        HttpRequest.Builder b = prepare(request, ctx, creds, time, now);
        HttpRequest prepared = b.build();
        Signature s = signature(prepared, ctx, creds, time, payloadHash(prepared, ctx));
        b.header("Authorization", ALGORITHM + " Credential=" + creds.accessKey() + "/" + s.credentialScope()
                + ", SignedHeaders=" + s.signedHeaders() + ", Signature=" + s.signature());
        return b.build();
    }

    /** Signs as {@link #sign} does and returns the intermediate strings instead of the request. */
    public Signature explain(HttpRequest request, SigningContext ctx) {
        SigningCredentials creds = requireCredentials(ctx);
        Instant now = ctx.now();
        SigningTime time = SigningTime.of(now);
        HttpRequest prepared = prepare(request, ctx, creds, time, now).build();
        return signature(prepared, ctx, creds, time, payloadHash(prepared, ctx));
    }

    static SigningCredentials requireCredentials(SigningContext ctx) {
        if (ctx.credentials() == null) {
            throw new NoCredentialsError("Unable to locate credentials");
        }
        return ctx.credentials();
    }

    private static HttpRequest.Builder prepare(HttpRequest request, SigningContext ctx, SigningCredentials creds,
                                               SigningTime time, Instant now) {
        HttpRequest.Builder b = request.toBuilder();
        b.removeHeader("Authorization");
        if (request.headers().contains("Date")) {
            b.header("Date", SigningTime.httpDate(now));
            b.removeHeader("X-Amz-Date");
        } else {
            b.header("X-Amz-Date", time.timestamp());
        }
        if (creds.sessionToken() != null) {
            b.removeHeader(ctx.sessionTokenHeader());
            b.header(ctx.sessionTokenHeader(), creds.sessionToken());
        }
        if (ctx.contentSha256Header() || ctx.payloadSigning() != PayloadSigning.SIGNED) {
            b.header("X-Amz-Content-SHA256", payloadHashOf(request.body(), ctx.payloadSigning()));
        }
        return b;
    }

    private Signature signature(HttpRequest prepared, SigningContext ctx, SigningCredentials creds, SigningTime time,
                                String payloadHash) {
        String region = Objects.requireNonNull(ctx.region(), "signing region");
        String service = Objects.requireNonNull(ctx.signingName(), "signing name");
        Canonical.Request cr = Canonical.request(prepared.method(), prepared.uri(), prepared.headers(), payloadHash,
                ctx.normalizePath(), ctx.doubleUriEncode());
        String scope = time.date() + "/" + region + "/" + service + "/aws4_request";
        String sts = ALGORITHM + "\n" + time.timestamp() + "\n" + scope + "\n" + Crypto.sha256Hex(cr.text());
        byte[] key = signingKey(creds.secretKey(), time.date(), region, service);
        String sig = Crypto.hex(Crypto.hmac(key, sts));
        return new Signature(cr.text(), sts, cr.signedHeaders(), sig, scope);
    }

    byte[] signingKey(String secret, String date, String region, String service) {
        KeyScope k = new KeyScope(secret, date, region, service);
        byte[] key = signingKeys.get(k);
        if (key == null) {
            byte[] kDate = Crypto.hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date);
            byte[] kRegion = Crypto.hmac(kDate, region);
            byte[] kService = Crypto.hmac(kRegion, service);
            key = Crypto.hmac(kService, "aws4_request");
            if (signingKeys.size() >= MAX_CACHED_KEYS) {
                signingKeys.clear(); // dates roll daily; a full reset is simpler than LRU and rare
            }
            signingKeys.put(k, key);
        }
        return key;
    }

    /** The payload hash slot: the {@code X-Amz-Content-SHA256} header when set, else computed per policy. */
    static String payloadHash(HttpRequest request, SigningContext ctx) {
        String header = request.headers().first("X-Amz-Content-SHA256");
        return header != null ? header : payloadHashOf(request.body(), ctx.payloadSigning());
    }

    static String payloadHashOf(RequestBody body, PayloadSigning policy) {
        switch (policy) {
            case UNSIGNED:
                return UNSIGNED_PAYLOAD;
            case STREAMING_UNSIGNED_TRAILER:
                return STREAMING_UNSIGNED_TRAILER;
            default:
                break;
        }
        byte[] bytes = body.bytesIfBuffered();
        if (bytes != null) {
            return bytes.length == 0 ? Crypto.EMPTY_SHA256 : Crypto.sha256Hex(bytes);
        }
        if (body.contentLength() == 0) {
            return Crypto.EMPTY_SHA256;
        }
        if (!body.isRepeatable()) {
            throw new IllegalStateException("cannot compute the SHA-256 of a request body that can be read only "
                    + "once; sign it with UNSIGNED-PAYLOAD or pass bytes, a Path or a mark-supporting stream");
        }
        MessageDigest d = Crypto.sha256(-1);
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = body.newStream()) {
            int n;
            while ((n = in.read(buf)) > 0) {
                d.update(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body to sign it", e);
        }
        return Crypto.hex(d.digest());
    }
}
