package io.boto4j.internal.customizations.s3;

import io.boto4j.events.Events;
import io.boto4j.events.EventEmitter;
import io.boto4j.events.TypedEventHandler;
import io.boto4j.events.Event;
import io.boto4j.http.HttpRequest;
import io.boto4j.http.RequestBody;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * DeleteObjects and PutBucketLifecycleConfiguration bodies may carry keys and prefixes with CR or LF, which an
 * XML parser would normalize away; they are sent as character references ({@code &#xD;}, {@code &#xA;}), as
 * botocore does. Runs before the request checksum is computed, so the checksum covers the escaped body.
 */
final class XmlPayloadEscaping implements TypedEventHandler {
    private XmlPayloadEscaping() {
    }

    static void register(EventEmitter events) {
        XmlPayloadEscaping handler = new XmlPayloadEscaping();
        for (String op : List.of("DeleteObjects", "PutBucketLifecycleConfiguration")) {
            events.register(Events.beforeCall(S3Customization.SERVICE, op), handler);
        }
    }

    // the handler is this class, not a lambda: each lambda spins a class on a fresh JVM's first call
    @Override
    public Object handle(Event event) {
        HttpRequest.Builder request = event.request();
        byte[] body = request.build().body().bytesIfBuffered();
        if (body != null) {
            byte[] escaped = escape(body);
            if (escaped != body) {
                request.body(RequestBody.ofBytes(escaped));
            }
        }
        return null;
    }

    /** The body with CR and LF as character references; the same array when it has neither. */
    static byte[] escape(byte[] body) {
        int i = 0;
        while (i < body.length && body[i] != '\r' && body[i] != '\n') {
            i++;
        }
        if (i == body.length) {
            return body;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 32);
        out.write(body, 0, i);
        for (; i < body.length; i++) {
            byte b = body[i];
            if (b == '\r') {
                out.writeBytes("&#xD;".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            } else if (b == '\n') {
                out.writeBytes("&#xA;".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }
}
