package io.boto4j.internal.endpoints.rules;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code aws.parseArn}: an ARN as the record the rule sets read, or null when it is not an ARN. */
final class Arn {
    private Arn() {
    }

    static Map<String, Object> parse(String value) {
        if (value == null || !value.startsWith("arn:")) {
            return null;
        }
        String[] p = value.split(":", 6);
        if (p.length != 6 || p[1].isEmpty() || p[2].isEmpty() || p[5].isEmpty()) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("partition", p[1]);
        out.put("service", p[2]);
        out.put("region", p[3]);
        out.put("accountId", p[4]);
        List<String> resourceId = Arrays.asList(p[5].replace(':', '/').split("/", -1));
        out.put("resourceId", List.copyOf(resourceId));
        return out;
    }
}
