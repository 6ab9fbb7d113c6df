package io.boto4j.customizations.s3;

import io.boto4j.events.EventEmitter;
import io.boto4j.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CopyObject, UploadPartCopy and CompleteMultipartUpload can fail after S3 has sent {@code 200 OK}: the error
 * is then in the body. Such a response is turned into a 500 before parsing, so it raises (and is retried, as a
 * server error) instead of returning an empty result; an empty body counts as such an error too.
 */
final class ErrorsIn200Responses {
    private ErrorsIn200Responses() {
    }

    static void register(EventEmitter events) {
        for (String op : List.of("CopyObject", "UploadPartCopy", "CompleteMultipartUpload")) {
            events.register("before-parse.s3." + op, (event, kwargs) -> {
                HttpResponse response = (HttpResponse) kwargs.get("http_response");
                if (response.statusCode() != 200) {
                    return null;
                }
                byte[] body = response.bodyBytes();
                if (body.length == 0 || looksLikeError(body)) {
                    return HttpResponse.of(500, response.headers(), body);
                }
                return null;
            });
        }
    }

    private static boolean looksLikeError(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 512), StandardCharsets.UTF_8).trim();
        if (head.startsWith("<?xml")) {
            int end = head.indexOf("?>");
            head = end < 0 ? head : head.substring(end + 2).trim();
        }
        return head.startsWith("<Error>") || head.startsWith("<Error ");
    }
}
