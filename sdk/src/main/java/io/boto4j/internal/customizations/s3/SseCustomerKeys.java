package io.boto4j.internal.customizations.s3;

import io.boto4j.events.Events;
import io.boto4j.events.EventEmitter;
import io.boto4j.events.TypedEventHandler;
import io.boto4j.events.Event;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * SSE-C: the caller gives the plain key; S3 wants it base64-encoded with the base64 MD5 of it beside. Done for
 * the object key and the copy-source key, unless the caller already gave the MD5.
 */
final class SseCustomerKeys implements TypedEventHandler {
    private SseCustomerKeys() {
    }

    static void register(EventEmitter events) {
        events.register(Events.beforeParameterBuild(S3Customization.SERVICE), new SseCustomerKeys());
    }

    // the handler is this class, not a lambda: each lambda spins a class on a fresh JVM's first call
    @Override
    public Object handle(Event event) {
        Map<String, Object> params = event.params();
        encode(params, "SSECustomer");
        encode(params, "CopySourceSSECustomer");
        return null;
    }

    private static void encode(Map<String, Object> params, String prefix) {
        Object key = params.get(prefix + "Key");
        if (key == null || params.containsKey(prefix + "KeyMD5")) {
            return;
        }
        byte[] bytes = key instanceof byte[] b ? b : key.toString().getBytes(StandardCharsets.UTF_8);
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(bytes);
            params.put(prefix + "Key", Base64.getEncoder().encodeToString(bytes));
            params.put(prefix + "KeyMD5", Base64.getEncoder().encodeToString(md5));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks MD5", e);
        }
    }
}
