package io.boto4j.internal.retry;

import io.boto4j.internal.json.JsonNode;
import java.util.zip.CRC32;

/** One policy of {@code _retry.json}: the condition under which the legacy mode retries. */
sealed interface LegacyRetryPolicy {
    boolean applies(AttemptOutcome outcome);

    /** A response with this status (and error code, when given). */
    record Response(int status, String errorCode) implements LegacyRetryPolicy {
        @Override
        public boolean applies(AttemptOutcome o) {
            return o.hasResponse() && o.statusCode() == status
                    && (errorCode == null || errorCode.equals(o.errorCode()));
        }
    }

    /** A response whose body does not match the CRC32 in a header (a corrupted response). */
    record Crc32Body(String header) implements LegacyRetryPolicy {
        @Override
        public boolean applies(AttemptOutcome o) {
            if (o.failure() == FailureKind.CHECKSUM_MISMATCH) {
                return true;
            }
            String expected = o.hasResponse() ? o.header(header) : null;
            if (expected == null || o.body() == null) {
                return false;
            }
            CRC32 crc = new CRC32();
            crc.update(o.body());
            try {
                return crc.getValue() != Long.parseLong(expected.trim());
            } catch (NumberFormatException e) {
                return true;
            }
        }
    }

    /** Any connection-level failure (botocore's GENERAL_CONNECTION_ERROR). */
    record SocketErrors() implements LegacyRetryPolicy {
        @Override
        public boolean applies(AttemptOutcome o) {
            return o.failure().isConnectionError();
        }
    }

    static LegacyRetryPolicy parse(String name, JsonNode policy) {
        JsonNode appliesWhen = policy.path("applies_when");
        JsonNode response = appliesWhen.get("response");
        if (response != null) {
            if (response.has("crc32body")) {
                return new Crc32Body(response.get("crc32body").asString().toLowerCase(java.util.Locale.ROOT));
            }
            if (response.has("http_status_code")) {
                JsonNode code = response.get("service_error_code");
                return new Response(response.get("http_status_code").asInt(), code == null ? null : code.asString());
            }
        } else if (appliesWhen.has("socket_errors")) {
            return new SocketErrors();
        }
        throw new IllegalArgumentException("retry policy '" + name + "' in _retry.json has an unknown "
                + "applies_when: " + appliesWhen);
    }
}
