package io.boto4j.customizations.s3;

import io.boto4j.events.Events;
import io.boto4j.events.EventEmitter;
import io.boto4j.http.HttpRequest;
import io.boto4j.model.OperationModel;

/**
 * Uploads of a streaming body (PutObject, UploadPart) ask {@code Expect: 100-continue}, so S3 can refuse (a
 * redirect, a denied key) before the body is sent. botocore does it for every PUT and POST whose body is a
 * file-like object, which is exactly the streaming-input operations: it turns their bodies into such objects.
 */
final class ExpectContinue {
    private ExpectContinue() {
    }

    static void register(EventEmitter events) {
        events.register(Events.beforeCall(S3Customization.SERVICE), event -> {
            OperationModel op = event.operationModel();
            if (op == null || !op.hasStreamingInput()) {
                return null;
            }
            HttpRequest.Builder request = event.request();
            String method = op.httpMethod();
            if ("PUT".equals(method) || "POST".equals(method)) {
                request.header("Expect", "100-continue");
            }
            return null;
        });
    }
}
