package io.boto4j.customizations.s3;

import io.boto4j.events.EventEmitter;
import io.boto4j.http.HttpRequest;

/**
 * Uploads larger than 1 MiB ask {@code Expect: 100-continue}, so S3 can refuse (a redirect, a denied key)
 * before the body is sent; botocore does the same for PUT and POST bodies of S3.
 */
final class ExpectContinue {
    private static final long THRESHOLD = 1024 * 1024;

    private ExpectContinue() {
    }

    static void register(EventEmitter events) {
        events.register("before-call.s3", (event, kwargs) -> {
            HttpRequest.Builder request = (HttpRequest.Builder) kwargs.get("request");
            HttpRequest current = request.build();
            String method = current.method();
            if (("PUT".equals(method) || "POST".equals(method)) && current.body().contentLength() > THRESHOLD) {
                request.header("Expect", "100-continue");
            }
            return null;
        });
    }

}
