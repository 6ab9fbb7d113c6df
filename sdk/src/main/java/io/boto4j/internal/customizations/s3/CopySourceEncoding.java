package io.boto4j.internal.customizations.s3;

import io.boto4j.events.Events;
import io.boto4j.events.EventEmitter;
import io.boto4j.events.TypedEventHandler;
import io.boto4j.events.Event;
import io.boto4j.exception.ParamValidationError;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code CopySource} of CopyObject and UploadPartCopy, given as {@code "bucket/key?versionId=v"} or as a map of
 * Bucket, Key and VersionId, percent-encoded as S3 expects (the key's characters, but not its slashes).
 */
final class CopySourceEncoding implements TypedEventHandler {
    /** Compiled on the first copy, not with every S3 client that registers this. */
    private static final class Patterns {
        static final Pattern VERSION_ID_SUFFIX = Pattern.compile("\\?versionId=[^/]+$");
        static final Pattern ACCESS_POINT_ARN = Pattern.compile(
                "^arn:(aws).*:(s3|s3-object-lambda):[a-z\\-0-9]*:[0-9]{12}:accesspoint[:/]");
    }

    private CopySourceEncoding() {
    }

    static void register(EventEmitter events) {
        CopySourceEncoding handler = new CopySourceEncoding();
        events.register(Events.beforeParameterBuild(S3Customization.SERVICE, "CopyObject"), handler);
        events.register(Events.beforeParameterBuild(S3Customization.SERVICE, "UploadPartCopy"), handler);
    }

    // the handler is this class, not a lambda: each lambda spins a class on a fresh JVM's first call
    @Override
    public Object handle(Event event) {
        Map<String, Object> params = event.params();
        Object source = params.get("CopySource");
        if (source instanceof String s) {
            params.put("CopySource", quote(s));
        } else if (source instanceof Map<?, ?> m) {
            params.put("CopySource", fromMap(m));
        }
        return null;
    }

    private static String quote(String value) {
        Matcher m = Patterns.VERSION_ID_SUFFIX.matcher(value);
        if (!m.find()) {
            return encode(value);
        }
        return encode(value.substring(0, m.start())) + value.substring(m.start());
    }

    private static String fromMap(Map<?, ?> source) {
        Object bucket = source.get("Bucket");
        Object key = source.get("Key");
        if (bucket == null || key == null) {
            throw new ParamValidationError(List.of("Missing required parameter: '" + (bucket == null ? "Bucket" : "Key")
                    + "' in CopySource"));
        }
        String path = Patterns.ACCESS_POINT_ARN.matcher(bucket.toString()).find() ? bucket + "/object/" + key
                : bucket + "/" + key;
        String encoded = encode(path);
        Object version = source.get("VersionId");
        return version == null ? encoded : encoded + "?versionId=" + version;
    }

    /** Percent-encodes everything but unreserved characters and '/'. */
    static String encode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
