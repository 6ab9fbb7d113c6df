package io.boto4j.credentials;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A ServiceCaller (our own SPI, not a server) that records every call and answers from a function. Until the
 * client exists, it stands in for STS/SSO so the chain logic can be tested; responses are shaped like the
 * services' own.
 */
final class RecordingServiceCaller implements ServiceCaller {
    record Call(String service, String operation, Map<String, Object> params, CallOptions options) {
    }

    final List<Call> calls = new ArrayList<>();
    private final Function<Call, Map<String, Object>> answer;

    RecordingServiceCaller(Function<Call, Map<String, Object>> answer) {
        this.answer = answer;
    }

    @Override
    public synchronized Map<String, Object> call(String service, String operation, Map<String, Object> params,
                                                 CallOptions options) {
        if (!options.isUnsigned()) {
            options.credentials().get(); // as a client does when it signs: deferred source credentials resolve now
        }
        Call c = new Call(service, operation, new LinkedHashMap<>(params), options);
        calls.add(c);
        return answer.apply(c);
    }

    /** An STS AssumeRole* result whose keys name the role and call number, so tests can follow the chain. */
    static Map<String, Object> stsResult(String role, int n, java.time.Instant expiry) {
        return Map.of("Credentials", Map.of("AccessKeyId", "AKID-" + role + "-" + n, "SecretAccessKey", "SECRET-" + role,
                        "SessionToken", "TOKEN-" + role, "Expiration", expiry),
                "AssumedRoleUser", Map.of("Arn", "arn:aws:sts::123456789012:assumed-role/" + role + "/s",
                        "AssumedRoleId", "AROA:" + role));
    }
}
