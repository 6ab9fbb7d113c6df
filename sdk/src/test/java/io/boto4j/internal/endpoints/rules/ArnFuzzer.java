package io.boto4j.internal.endpoints.rules;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Map;

/**
 * {@code aws.parseArn} on arbitrary text: null or a record whose parts put back together give the input. It
 * throws nothing at all (the rule sets treat "not an ARN" as null).
 */
public class ArnFuzzer {
    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Map<String, Object> arn = Arn.parse(text);
        if (arn == null) {
            return;
        }
        List<?> resource = (List<?>) arn.get("resourceId");
        String prefix = "arn:" + arn.get("partition") + ":" + arn.get("service") + ":" + arn.get("region") + ":"
                + arn.get("accountId") + ":";
        String rebuilt = prefix + String.join("/", resource.stream().map(String::valueOf).toList());
        String normalised = prefix + text.substring(prefix.length()).replace(':', '/');
        if (!rebuilt.equals(normalised)) {
            throw new IllegalStateException("ARN parts do not put back together: " + arn + " from " + text);
        }
    }

    @FuzzTest(maxDuration = "10s")
    void arnTextParsesToNullOrToPartsThatRebuildIt(FuzzedDataProvider data) {
        fuzzerTestOneInput(data);
    }
}
