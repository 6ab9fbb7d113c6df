package io.boto4j.internal.auth.signer;

import io.boto4j.internal.auth.SignatureScheme;
import io.boto4j.internal.auth.SigningContext;
import io.boto4j.internal.auth.SigningCredentials;
import io.boto4j.http.HttpRequest;
import io.boto4j.http.RequestBody;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Query-string presigning (SigV4 and SigV4a): turns a fully serialized, endpoint-resolved request into a URL
 * anyone can use until it expires, as botocore's {@code generate_presigned_url} does. The operation's query
 * parameters come first, then the auth parameters; a form-encoded body (query protocol) moves into the query.
 */
public final class Presigner {
    private static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded; charset=utf-8";
    private static final long MAX_EXPIRY_SECONDS = 7 * 24 * 3600;

    private Presigner() {
    }

    /**
     * The presigned URL.
     *
     * @param request   the serialized request with its final endpoint URL
     * @param ctx       credentials, signing name/region, clock and path rules (S3: unsigned payload, no
     *                  normalization); scheme SIGV4 or SIGV4A
     * @param expiresIn validity, 1 second to 7 days
     */
    public static URI presign(HttpRequest request, SigningContext ctx, Duration expiresIn) {
        SigningCredentials creds = SigV4Signer.requireCredentials(ctx);
        long expires = expiresIn.getSeconds();
        if (expires < 1 || expires > MAX_EXPIRY_SECONDS) {
            throw new IllegalArgumentException("ExpiresIn must be between 1 second and 7 days (604800 seconds), got "
                    + expires);
        }
        boolean v4a = ctx.scheme() == SignatureScheme.SIGV4A;
        if (!v4a && ctx.scheme() != SignatureScheme.SIGV4 && ctx.scheme() != SignatureScheme.SIGV4_S3EXPRESS) {
            throw Signer.unsupported("Presigning needs sigv4 or sigv4a, not " + ctx.scheme());
        }
        String service = Objects.requireNonNull(ctx.signingName(), "signing name");
        Instant now = ctx.now();
        SigningTime time = SigningTime.of(now);

        HttpRequest.Builder b = request.toBuilder();
        if (FORM_CONTENT_TYPE.equals(request.headers().first("Content-Type"))) {
            b.removeHeader("Content-Type");
        }
        Map<String, String> query = parseQuery(request.uri().getRawQuery());
        query.putAll(bodyParams(request));
        b.body(RequestBody.EMPTY);
        HttpRequest withoutBody = b.build();
        String signedHeaders = Canonical.signedHeaders(withoutBody.uri(), withoutBody.headers());

        String scope = v4a ? time.date() + "/" + service + "/aws4_request"
                : time.date() + "/" + Objects.requireNonNull(ctx.region(), "signing region") + "/" + service
                + "/aws4_request";
        Map<String, String> auth = new LinkedHashMap<>();
        auth.put("X-Amz-Algorithm", v4a ? SigV4aSigner.ALGORITHM : SigV4Signer.ALGORITHM);
        auth.put("X-Amz-Credential", creds.accessKey() + "/" + scope);
        auth.put("X-Amz-Date", time.timestamp());
        auth.put("X-Amz-Expires", Long.toString(expires));
        auth.put("X-Amz-SignedHeaders", signedHeaders);
        if (creds.sessionToken() != null) {
            auth.put("X-Amz-Security-Token", creds.sessionToken());
        }
        if (v4a) {
            auth.put("X-Amz-Region-Set", ctx.regionSet().isEmpty() ? ctx.region() : String.join(",", ctx.regionSet()));
        }
        String newQuery = (query.isEmpty() ? "" : encode(query) + "&") + encode(auth);
        URI uri = request.uri();
        String base = uri.getScheme() + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath());
        URI unsigned = URI.create(base + "?" + newQuery);

        String payloadHash = SigV4Signer.payloadHash(withoutBody, ctx);
        Canonical.Request cr = Canonical.request(request.method(), unsigned, withoutBody.headers(), payloadHash,
                ctx.normalizePath(), ctx.doubleUriEncode());
        String signature;
        if (v4a) {
            String sts = SigV4aSigner.stringToSign(time.timestamp(), scope, cr.text());
            signature = SigV4aSigner.INSTANCE.signString(creds, sts);
        } else {
            String sts = SigV4Signer.ALGORITHM + "\n" + time.timestamp() + "\n" + scope + "\n"
                    + Crypto.sha256Hex(cr.text());
            byte[] key = SigV4Signer.INSTANCE.signingKey(creds.secretKey(), time.date(), ctx.region(), service);
            signature = Crypto.hex(Crypto.hmac(key, sts));
        }
        return URI.create(unsigned + "&X-Amz-Signature=" + signature);
    }

    /** The query as botocore's {@code parse_qs} reads it: decoded, first value per name, blanks kept. */
    static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> out = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = formDecode(eq < 0 ? pair : pair.substring(0, eq));
            String v = eq < 0 ? "" : formDecode(pair.substring(eq + 1));
            out.putIfAbsent(k, v);
        }
        return out;
    }

    private static Map<String, String> bodyParams(HttpRequest request) {
        byte[] body = request.body().bytesIfBuffered();
        if (body == null || body.length == 0) {
            return Map.of();
        }
        String ct = request.headers().first("Content-Type");
        if (ct != null && ct.startsWith("application/x-www-form-urlencoded")) {
            return parseQuery(new String(body, StandardCharsets.UTF_8));
        }
        throw new IllegalArgumentException("cannot presign a request with a " + ct + " body; only form-encoded "
                + "(query protocol) bodies move into a presigned URL");
    }

    private static String formDecode(String s) {
        return Canonical.decode(s.replace('+', ' '));
    }

    private static String encode(Map<String, String> params) {
        StringBuilder b = new StringBuilder();
        params.forEach((k, v) -> {
            if (b.length() > 0) {
                b.append('&');
            }
            b.append(Canonical.encode(k, false)).append('=').append(Canonical.encode(v, false));
        });
        return b.toString();
    }
}
