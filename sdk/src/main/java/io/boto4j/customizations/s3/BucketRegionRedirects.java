package io.boto4j.customizations.s3;

import io.boto4j.events.EventEmitter;
import io.boto4j.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bucket in another region than the client's: S3 answers 301 PermanentRedirect, 400
 * AuthorizationHeaderMalformed or IllegalLocationConstraint, with the bucket's region in
 * {@code x-amz-bucket-region} (or the error). The call is retried once, at once, against that region, and the
 * bucket's region is remembered for the client's later calls, as botocore's redirector does.
 */
final class BucketRegionRedirects {
    private static final String REDIRECTED = "s3_redirected";

    private BucketRegionRedirects() {
    }

    static void register(EventEmitter events, String clientRegion) {
        Map<String, String> regionByBucket = new ConcurrentHashMap<>();
        events.register("before-endpoint-resolution.s3", (event, kwargs) -> {
            Object bucket = S3Args.params(kwargs).get("Bucket");
            String region = bucket == null ? null : regionByBucket.get(bucket.toString());
            if (region != null) {
                S3Args.put((Map<?, ?>) kwargs.get("builtins"), "AWS::Region", region);
            }
            return null;
        });
        events.register("needs-retry.s3", (event, kwargs) -> {
            Map<String, Object> context = S3Args.context(kwargs);
            HttpResponse response = (HttpResponse) kwargs.get("http_response");
            Map<String, Object> parsed = S3Args.parsed(kwargs);
            if (response == null || parsed == null || context.containsKey(REDIRECTED)) {
                return null;
            }
            String region = newRegion(response, parsed);
            Object bucket = S3Args.params(kwargs).get("Bucket");
            if (region == null || region.equals(clientRegion) && !regionByBucket.containsKey(String.valueOf(bucket))) {
                return null;
            }
            @SuppressWarnings("unchecked")
            Function<String, Object> reroute = (Function<String, Object>) kwargs.get("reroute_to_region");
            if (reroute == null) {
                return null;
            }
            context.put(REDIRECTED, true);
            if (bucket != null) {
                regionByBucket.put(bucket.toString(), region);
            }
            reroute.apply(region);
            return 0;
        });
    }

    private static String newRegion(HttpResponse response, Map<String, Object> parsed) {
        String code = parsed.get("Error") instanceof Map<?, ?> e && e.get("Code") != null ? e.get("Code").toString() : null;
        int status = response.statusCode();
        boolean redirect = status == 301 || "PermanentRedirect".equals(code)
                || "AuthorizationHeaderMalformed".equals(code) && status == 400
                || "IllegalLocationConstraintException".equals(code) && status == 400;
        if (!redirect) {
            return null;
        }
        String header = response.headers().first("x-amz-bucket-region");
        if (header != null) {
            return header;
        }
        if (parsed.get("Error") instanceof Map<?, ?> e && e.get("Region") != null) {
            return e.get("Region").toString();
        }
        return null;
    }
}
