package io.boto4j.internal.customizations.sqs;

import io.boto4j.internal.digest.Digests;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** The MD5 digests SQS reports: of a message body, and of message attributes by AWS's attribute-digest layout. */
final class MessageDigests {
    private static final byte STRING_TRANSPORT = 1;
    private static final byte BINARY_TRANSPORT = 2;

    private MessageDigests() {
    }

    static String ofBody(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return hex(Digests.md5(bytes.length).digest(bytes));
    }

    /**
     * Attributes sorted by name; each as length-prefixed name, length-prefixed data type, a transport byte (1 for
     * string values, 2 for binary) and the length-prefixed value; lengths are 4-byte big-endian.
     */
    static String ofAttributes(Map<?, ?> attributes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, Object> e : new TreeMap<String, Object>(stringKeys(attributes)).entrySet()) {
            if (!(e.getValue() instanceof Map<?, ?> attribute)) {
                continue;
            }
            writeField(out, e.getKey().getBytes(StandardCharsets.UTF_8));
            Object type = attribute.get("DataType");
            writeField(out, String.valueOf(type).getBytes(StandardCharsets.UTF_8));
            if (attribute.get("StringValue") != null) {
                out.write(STRING_TRANSPORT);
                writeField(out, attribute.get("StringValue").toString().getBytes(StandardCharsets.UTF_8));
            } else if (attribute.get("BinaryValue") != null) {
                out.write(BINARY_TRANSPORT);
                Object v = attribute.get("BinaryValue");
                writeField(out, v instanceof byte[] b ? b : v.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] bytes = out.toByteArray();
        return hex(Digests.md5(bytes.length).digest(bytes));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> stringKeys(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    private static void writeField(ByteArrayOutputStream out, byte[] value) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(value.length).array());
        out.writeBytes(value);
    }

    private static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
