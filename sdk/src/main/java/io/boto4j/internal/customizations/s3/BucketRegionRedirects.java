package io.boto4j.internal.customizations.s3;

import io.boto4j.events.Events;
import io.boto4j.events.EventEmitter;
import io.boto4j.events.TypedEventHandler;
import io.boto4j.events.Event;
import io.boto4j.exception.InvalidRegionError;
import io.boto4j.http.HttpResponse;
import io.boto4j.model.OperationModel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A bucket in another region than the client's: S3 answers a 301/302/307, PermanentRedirect,
 * AuthorizationHeaderMalformed (with the region), IllegalLocationConstraintException (but for CreateBucket), or
 * a bare 301/400 to HEAD requests, with the bucket's region in {@code x-amz-bucket-region} or the error. The call
 * is retried once, at once, against that region, and the bucket's region is remembered for the client's later
 * calls, as botocore's redirector does. Access-point ARNs carry their region and are never redirected.
 */
final class BucketRegionRedirects implements TypedEventHandler {
    private static final String REDIRECTED = "s3_redirected";
    /** Compiled on the first redirect, not with every S3 client that registers this. */
    private static final class ValidRegion {
        static final Pattern PATTERN = Pattern.compile("^[a-zA-Z0-9](?:[a-zA-Z0-9\\-]{0,61}[a-zA-Z0-9])?$");
    }

    private final Map<String, String> regionByBucket;
    private final boolean onRetry;

    private BucketRegionRedirects(Map<String, String> regionByBucket, boolean onRetry) {
        this.regionByBucket = regionByBucket;
        this.onRetry = onRetry;
    }

    static void register(EventEmitter events) {
        Map<String, String> regionByBucket = new ConcurrentHashMap<>();
        events.register(Events.beforeEndpointResolution(S3Customization.SERVICE),
                new BucketRegionRedirects(regionByBucket, false));
        events.register(Events.needsRetry(S3Customization.SERVICE), new BucketRegionRedirects(regionByBucket, true));
    }

    // the handler is this class, not a lambda: each lambda spins a class on a fresh JVM's first call
    @Override
    public Object handle(Event event) {
        return onRetry ? redirect(event) : useKnownRegion(event);
    }

    private Object useKnownRegion(Event event) {
        Object bucket = event.params().get("Bucket");
        String region = bucket == null ? null : regionByBucket.get(bucket.toString());
        if (region != null) {
            event.builtins().put("AWS::Region", region);
        }
        return null;
    }

    private Object redirect(Event event) {
        Map<String, Object> context = event.context();
        HttpResponse response = event.httpResponse();
        Map<String, Object> parsed = event.parsed();
        Object bucket = event.params().get("Bucket");
        if (response == null || parsed == null || context.containsKey(REDIRECTED)
                || bucket != null && bucket.toString().startsWith("arn:")) {
            return null;
        }
        OperationModel op = event.operationModel();
        if (!isRedirect(op.name(), response, parsed)) {
            return null;
        }
        String region = bucketRegion(response, parsed);
        if (region == null) {
            return null;
        }
        context.put(REDIRECTED, true);
        if (bucket != null) {
            regionByBucket.put(bucket.toString(), region);
        }
        event.rerouteToRegion(region);
        return 0;
    }

    private static boolean isRedirect(String operation, HttpResponse response, Map<String, Object> parsed) {
        Map<?, ?> error = parsed.get("Error") instanceof Map<?, ?> e ? e : Map.of();
        Object code = error.get("Code");
        int status = response.statusCode();
        boolean headStatus = "301".equals(code) || "400".equals(code);
        return headStatus && "HeadObject".equals(operation)
                || headStatus && "HeadBucket".equals(operation) && response.headers().first("x-amz-bucket-region") != null
                || "AuthorizationHeaderMalformed".equals(code) && error.get("Region") != null
                || status == 301 || status == 302 || status == 307
                || "PermanentRedirect".equals(code)
                || "IllegalLocationConstraintException".equals(code) && !"CreateBucket".equals(operation);
    }

    private static String bucketRegion(HttpResponse response, Map<String, Object> parsed) {
        String region = response.headers().first("x-amz-bucket-region");
        if (region == null && parsed.get("Error") instanceof Map<?, ?> e && e.get("Region") != null) {
            region = e.get("Region").toString();
        }
        if (region != null && !ValidRegion.PATTERN.matcher(region).matches()) {
            throw new InvalidRegionError("S3 named an invalid bucket region: " + region);
        }
        return region;
    }
}
