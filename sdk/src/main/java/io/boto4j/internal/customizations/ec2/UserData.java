package io.boto4j.internal.customizations.ec2;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** {@code UserData} is given as plain text (or bytes) and sent base64-encoded, as botocore does. */
public final class UserData {
    private UserData() {
    }

    /** Replaces a plain {@code UserData} parameter by its base64 form. */
    public static void encode(Map<String, Object> params) {
        Object value = params.get("UserData");
        if (value instanceof String s) {
            params.put("UserData", Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)));
        } else if (value instanceof byte[] b) {
            params.put("UserData", Base64.getEncoder().encodeToString(b));
        }
    }
}
