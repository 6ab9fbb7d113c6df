package io.boto4j.internal.customizations.s3;

import io.boto4j.events.Events;
import io.boto4j.events.EventEmitter;
import io.boto4j.events.TypedEventHandler;
import io.boto4j.events.Event;
import io.boto4j.http.HttpRequest;
import io.boto4j.model.OperationModel;

/**
 * Uploads of a streaming body (PutObject, UploadPart) ask {@code Expect: 100-continue}, so S3 can refuse (a
 * redirect, a denied key) before the body is sent. botocore does it for every PUT and POST of a streaming-input
 * operation whose body is a file-like object (see {@code fileLike}).
 */
final class ExpectContinue implements TypedEventHandler {
    private ExpectContinue() {
    }

    /**
     * Whether botocore's body would be file-like: a stream the caller passed, or any Body of PutObject and
     * UploadPart (botocore wraps their bytes and strings in a file object first). Bytes or text sent to
     * another streaming operation, or no Body at all, go without the header.
     */
    private static boolean fileLike(OperationModel op, Object params, HttpRequest.Builder request) {
        boolean wrapped = op.name().equals("PutObject") || op.name().equals("UploadPart");
        if (wrapped) {
            return params instanceof java.util.Map<?, ?> p && p.get("Body") != null;
        }
        return request.build().body().bytesIfBuffered() == null;
    }

    static void register(EventEmitter events) {
        events.register(Events.beforeCall(S3Customization.SERVICE), new ExpectContinue());
    }

    // the handler is this class, not a lambda: each lambda spins a class on a fresh JVM's first call
    @Override
    public Object handle(Event event) {
        OperationModel op = event.operationModel();
        if (op == null || !op.hasStreamingInput()) {
            return null;
        }
        HttpRequest.Builder request = event.request();
        String method = op.httpMethod();
        if (("PUT".equals(method) || "POST".equals(method)) && fileLike(op, event.params(), request)) {
            request.header("Expect", "100-continue");
        }
        return null;
    }
}
