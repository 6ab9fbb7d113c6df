package io.boto4j.internal.customizations.s3;

import io.boto4j.events.Events;
import io.boto4j.events.EventEmitter;
import io.boto4j.events.TypedEventHandler;
import io.boto4j.events.Event;
import io.boto4j.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GetBucketLocation answers with a bare {@code <LocationConstraint>} element, which the model's output shape
 * cannot describe; its text is read from the raw body (empty means us-east-1, reported as null as boto3 does).
 */
final class BucketLocation implements TypedEventHandler {
    /** Compiled on the first GetBucketLocation, not with every S3 client that registers this. */
    private static final class Constraint {
        static final Pattern PATTERN = Pattern.compile(
                "<LocationConstraint[^>]*?(?:/>|>([^<]*)</LocationConstraint>)");
    }

    private BucketLocation() {
    }

    static void register(EventEmitter events) {
        events.register(Events.afterCall(S3Customization.SERVICE, "GetBucketLocation"), new BucketLocation());
    }

    // the handler is this class, not a lambda: each lambda spins a class on a fresh JVM's first call
    @Override
    public Object handle(Event event) {
        HttpResponse response = event.httpResponse();
        Map<String, Object> parsed = event.parsed();
        if (response == null || parsed == null || response.statusCode() >= 300) {
            return null;
        }
        Matcher m = Constraint.PATTERN.matcher(new String(response.bodyBytes(), StandardCharsets.UTF_8));
        if (m.find()) {
            String region = m.group(1);
            parsed.put("LocationConstraint", region == null || region.isBlank() ? null : region.trim());
        }
        return null;
    }
}
