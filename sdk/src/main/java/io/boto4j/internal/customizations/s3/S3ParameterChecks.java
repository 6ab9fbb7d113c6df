package io.boto4j.internal.customizations.s3;

import io.boto4j.events.Events;
import io.boto4j.events.EventEmitter;
import io.boto4j.events.TypedEventHandler;
import io.boto4j.events.Event;
import io.boto4j.exception.ParamValidationError;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks botocore makes before a request is built: a bucket is a plausible name or an access-point / outpost ARN
 * (so a URL cannot be smuggled in), and user metadata is ASCII (S3 cannot store anything else in headers).
 */
final class S3ParameterChecks implements TypedEventHandler {
    /** botocore's rule for a plain bucket name, checked by {@link #plainBucketName} and quoted in the error. */
    private static final String BUCKET = "^[a-zA-Z0-9.\\-_]{1,255}$";

    /**
     * Access-point and outpost ARNs, compiled for the first bucket that is not a plain name: every S3 client
     * registers this check, and its patterns cost a fresh JVM's first client several ms.
     */
    private static final class Arn {
        static final Pattern PATTERN = Pattern.compile(
                "^arn:(aws).*:(s3|s3-object-lambda):[a-z\\-0-9]*:[0-9]{12}:accesspoint[/:][a-zA-Z0-9\\-.]{1,63}$"
                        + "|^arn:(aws).*:s3-outposts:[a-z\\-0-9]+:[0-9]{12}:outpost[/:][a-zA-Z0-9\\-]{1,63}[/:]"
                        + "accesspoint[/:][a-zA-Z0-9\\-]{1,63}$");
    }

    private final boolean metadata;

    private S3ParameterChecks(boolean metadata) {
        this.metadata = metadata;
    }

    static void register(EventEmitter events) {
        events.register(Events.beforeParameterBuild(S3Customization.SERVICE), new S3ParameterChecks(false));
        S3ParameterChecks metadata = new S3ParameterChecks(true);
        for (String op : List.of("PutObject", "CopyObject", "CreateMultipartUpload")) {
            events.register(Events.beforeParameterBuild(S3Customization.SERVICE, op), metadata);
        }
    }

    // the handler is this class, not a lambda: each lambda spins a class on a fresh JVM's first call
    @Override
    public Object handle(Event event) {
        if (metadata) {
            checkMetadata(event);
        } else {
            checkBucket(event);
        }
        return null;
    }

    private static void checkBucket(Event event) {
        Object bucket = event.params().get("Bucket");
        if (bucket instanceof String b && !plainBucketName(b) && !Arn.PATTERN.matcher(b).find()) {
            throw new ParamValidationError(List.of("Invalid bucket name \"" + b + "\": Bucket name must match "
                    + "the regex \"" + BUCKET + "\" or be an ARN matching the regex \""
                    + Arn.PATTERN.pattern() + "\""));
        }
    }

    /** {@link #BUCKET} by hand: 1 to 255 of letters, digits, '.', '-' and '_'. */
    static boolean plainBucketName(String b) {
        if (b.isEmpty() || b.length() > 255) {
            return false;
        }
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
                    || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static void checkMetadata(Event event) {
        if (event.params().get("Metadata") instanceof Map<?, ?> metadata) {
            for (Map.Entry<?, ?> e : metadata.entrySet()) {
                if (e.getValue() instanceof String s && !isAscii(s)) {
                    throw new ParamValidationError(List.of("Non ascii characters found in S3 metadata for key \""
                            + e.getKey() + "\", value: \"" + s + "\". S3 metadata can only contain ASCII characters."));
                }
            }
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
