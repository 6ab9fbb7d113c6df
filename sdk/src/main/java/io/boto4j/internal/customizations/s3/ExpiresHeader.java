package io.boto4j.internal.customizations.s3;

import io.boto4j.events.Events;
import io.boto4j.events.EventEmitter;
import io.boto4j.http.HttpResponse;
import io.boto4j.model.OperationModel;
import io.boto4j.model.Shape;
import io.boto4j.model.StructureShape;
import io.boto4j.internal.protocol.TimestampParsing;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * S3 echoes whatever {@code Expires} the uploader set, which need not be a date. As botocore, results carry the
 * raw text as {@code ExpiresString}, and an {@code Expires} that is no timestamp is dropped instead of failing
 * the whole response.
 */
final class ExpiresHeader {
    private static final String RAW = "s3_expires_string";

    private ExpiresHeader() {
    }

    static void register(EventEmitter events) {
        Map<String, Boolean> hasExpires = new ConcurrentHashMap<>();
        events.register(Events.beforeParse(S3Customization.SERVICE), event -> {
            OperationModel op = event.operationModel();
            HttpResponse response = event.httpResponse();
            String value = response.headers().first("Expires");
            if (value == null || !hasExpires.computeIfAbsent(op.name(), n -> hasExpiresMember(op))) {
                return null;
            }
            event.context().put(RAW, value);
            if (isTimestamp(value)) {
                return null;
            }
            var headers = response.headers().toBuilder().remove("Expires").build();
            // a streamed body is still unread and is handed on as it is; others may already have been read
            return op.hasStreamingOutput() ? new HttpResponse(response.statusCode(), headers, response.body())
                    : HttpResponse.of(response.statusCode(), headers, response.bodyBytes());
        });
        events.register(Events.afterCall(S3Customization.SERVICE), event -> {
            Map<String, Object> parsed = event.parsed();
            Object raw = event.context().get(RAW);
            if (parsed != null && raw != null) {
                parsed.put("ExpiresString", raw);
            }
            return null;
        });
    }

    private static boolean hasExpiresMember(OperationModel op) {
        StructureShape output = op.outputShape();
        if (output == null) {
            return false;
        }
        Shape member = output.member("Expires");
        return member != null && "Expires".equals(member.locationName());
    }

    private static boolean isTimestamp(String value) {
        try {
            TimestampParsing.parse(value);
            return true;
        } catch (RuntimeException notATimestamp) {
            return false;
        }
    }
}
