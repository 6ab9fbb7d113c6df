package io.boto4j.internal.auth.signer;

import io.boto4j.internal.auth.SigningContext;
import io.boto4j.internal.auth.SigningCredentials;
import io.boto4j.internal.json.JsonStrings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * S3 browser-form uploads ({@code generate_presigned_post}): a POST policy of the caller's conditions plus
 * bucket, key and the SigV4 fields, base64-encoded exactly as botocore writes it, and its signature.
 */
public final class PostPolicy {
    private static final DateTimeFormatter ISO8601 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
    private static final String FILENAME_VARIABLE = "${filename}";

    private PostPolicy() {
    }

    /**
     * The form a browser posts.
     *
     * @param url    where to post (the bucket's endpoint)
     * @param fields form fields in order: the caller's, {@code key}, the {@code x-amz-*} fields, {@code policy},
     *               {@code x-amz-signature}
     */
    public record PresignedPost(String url, Map<String, String> fields) {
        @Override
        public String toString() {
            return "PresignedPost[url=" + url + ", fields=" + fields.keySet() + "]";
        }
    }

    /**
     * Builds and signs the policy.
     *
     * @param url        the serialized URL of a CreateBucket request for the bucket (botocore's choice: it is
     *                   the bucket's root), endpoint resolved
     * @param bucket     the bucket (becomes a {@code bucket} condition)
     * @param key        the object key; a key ending in {@code ${filename}} becomes a {@code starts-with} condition
     * @param fields     extra form fields (may be null)
     * @param conditions extra conditions: maps ({@code {"acl": "public-read"}}) or lists
     *                   ({@code ["content-length-range", 1, 1024]}); may be null
     * @param expiresIn  how long the policy is valid
     * @param ctx        credentials, signing name, region and clock (scheme SIGV4)
     */
    public static PresignedPost presign(String url, String bucket, String key, Map<String, String> fields,
                                        List<?> conditions, Duration expiresIn, SigningContext ctx) {
        SigningCredentials creds = SigV4Signer.requireCredentials(ctx);
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        Map<String, String> outFields = new LinkedHashMap<>(fields == null ? Map.of() : fields);
        List<Object> conds = new ArrayList<>(conditions == null ? List.of() : conditions);
        conds.add(Map.of("bucket", bucket));
        if (key.endsWith(FILENAME_VARIABLE)) {
            conds.add(List.of("starts-with", "$key", key.substring(0, key.length() - FILENAME_VARIABLE.length())));
        } else {
            conds.add(Map.of("key", key));
        }
        outFields.put("key", key);

        Instant now = ctx.now();
        SigningTime time = SigningTime.of(now);
        String region = Objects.requireNonNull(ctx.region(), "signing region");
        String service = Objects.requireNonNull(ctx.signingName(), "signing name");
        String credential = creds.accessKey() + "/" + time.date() + "/" + region + "/" + service + "/aws4_request";
        outFields.put("x-amz-algorithm", SigV4Signer.ALGORITHM);
        outFields.put("x-amz-credential", credential);
        outFields.put("x-amz-date", time.timestamp());
        conds.add(Map.of("x-amz-algorithm", SigV4Signer.ALGORITHM));
        conds.add(Map.of("x-amz-credential", credential));
        conds.add(Map.of("x-amz-date", time.timestamp()));
        if (creds.sessionToken() != null) {
            outFields.put("x-amz-security-token", creds.sessionToken());
            conds.add(Map.of("x-amz-security-token", creds.sessionToken()));
        }
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("expiration", ISO8601.format(LocalDateTime.ofEpochSecond(
                now.getEpochSecond() + expiresIn.getSeconds(), 0, ZoneOffset.UTC)));
        policy.put("conditions", conds);
        String encoded = Base64.getEncoder().encodeToString(PythonJson.write(policy).getBytes(StandardCharsets.UTF_8));
        outFields.put("policy", encoded);
        byte[] signingKey = SigV4Signer.INSTANCE.signingKey(creds.secretKey(), time.date(), region, service);
        outFields.put("x-amz-signature", Crypto.hex(Crypto.hmac(signingKey, encoded)));
        return new PresignedPost(url, Collections.unmodifiableMap(outFields));
    }

    /** JSON as Python's {@code json.dumps} writes it by default: ", " and ": " separators, ASCII only. */
    static final class PythonJson {
        private PythonJson() {
        }

        static String write(Object v) {
            StringBuilder b = new StringBuilder();
            write(b, v);
            return b.toString();
        }

        private static void write(StringBuilder b, Object v) {
            if (v == null) {
                b.append("null");
            } else if (v instanceof String s) {
                JsonStrings.quoteAsPython(s, b, true);
            } else if (v instanceof Boolean bool) {
                b.append(bool ? "true" : "false");
            } else if (v instanceof Number n) {
                b.append(n);
            } else if (v instanceof Map<?, ?> m) {
                b.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (!first) {
                        b.append(", ");
                    }
                    first = false;
                    JsonStrings.quoteAsPython(String.valueOf(e.getKey()), b, true);
                    b.append(": ");
                    write(b, e.getValue());
                }
                b.append('}');
            } else if (v instanceof List<?> l) {
                b.append('[');
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) {
                        b.append(", ");
                    }
                    write(b, l.get(i));
                }
                b.append(']');
            } else {
                throw new IllegalArgumentException("POST policy conditions take strings, numbers, booleans, maps "
                        + "and lists, not " + v.getClass().getName());
            }
        }
    }
}
