package io.boto4j.internal.customizations.s3;

import io.boto4j.events.Events;
import io.boto4j.events.EventEmitter;
import io.boto4j.events.TypedEventHandler;
import io.boto4j.events.Event;
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
final class ExpiresHeader implements TypedEventHandler {
    private static final String RAW = "s3_expires_string";

    private final Map<String, Boolean> hasExpires;
    private final boolean afterCall;

    private ExpiresHeader(Map<String, Boolean> hasExpires, boolean afterCall) {
        this.hasExpires = hasExpires;
        this.afterCall = afterCall;
    }

    static void register(EventEmitter events) {
        Map<String, Boolean> hasExpires = new ConcurrentHashMap<>();
        events.register(Events.beforeParse(S3Customization.SERVICE), new ExpiresHeader(hasExpires, false));
        events.register(Events.afterCall(S3Customization.SERVICE), new ExpiresHeader(hasExpires, true));
    }

    // the handler is this class, not a lambda: each lambda spins a class on a fresh JVM's first call
    @Override
    public Object handle(Event event) {
        return afterCall ? keepRawValue(event) : dropUnparsable(event);
    }

    private Object dropUnparsable(Event event) {
        OperationModel op = event.operationModel();
        HttpResponse response = event.httpResponse();
        String value = response.headers().first("Expires");
        if (value == null || !hasExpiresMember(op.name(), op)) {
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
    }

    private Object keepRawValue(Event event) {
        Map<String, Object> parsed = event.parsed();
        Object raw = event.context().get(RAW);
        if (parsed != null && raw != null) {
            parsed.put("ExpiresString", raw);
        }
        return null;
    }

    private boolean hasExpiresMember(String name, OperationModel op) {
        Boolean known = hasExpires.get(name);
        if (known == null) {
            known = hasExpiresMember(op);
            hasExpires.putIfAbsent(name, known);
        }
        return known;
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
