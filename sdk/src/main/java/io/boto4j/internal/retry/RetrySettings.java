package io.boto4j.internal.retry;

import io.boto4j.internal.json.JsonNode;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code retries} settings of a client: the mode and the total number of attempts, as boto3 reads them
 * from {@code Config(retries={...})}, {@code AWS_RETRY_MODE} / {@code retry_mode} and {@code AWS_MAX_ATTEMPTS}
 * / {@code max_attempts} (the config layer resolves those chains and passes the values here).
 *
 * @param mode              {@code legacy}, {@code standard} or {@code adaptive}
 * @param totalMaxAttempts  all attempts including the first, or null for the mode's default
 */
public record RetrySettings(String mode, Integer totalMaxAttempts) {
    public static final String LEGACY = "legacy";
    public static final String STANDARD = "standard";
    public static final String ADAPTIVE = "adaptive";

    public RetrySettings {
        mode = mode == null ? LEGACY : mode.toLowerCase(Locale.ROOT);
        if (!mode.equals(LEGACY) && !mode.equals(STANDARD) && !mode.equals(ADAPTIVE)) {
            throw new IllegalArgumentException("retries mode must be one of legacy, standard, adaptive; got '"
                    + mode + "'");
        }
        if (totalMaxAttempts != null && totalMaxAttempts < 1) {
            throw new IllegalArgumentException("retries total_max_attempts must be at least 1, got "
                    + totalMaxAttempts);
        }
    }

    /**
     * Reads boto3's {@code retries} dict: {@code total_max_attempts} (all attempts) wins over {@code max_attempts}
     * (retries after the first, so one less); {@code mode} falls back to {@code defaultMode}.
     */
    public static RetrySettings fromConfig(Map<String, ?> retries, String defaultMode) {
        if (retries == null) {
            return new RetrySettings(defaultMode, null);
        }
        Object mode = retries.get("mode");
        Integer total = intValue(retries, "total_max_attempts", 1);
        if (total == null) {
            Integer retriesAfterFirst = intValue(retries, "max_attempts", 0);
            total = retriesAfterFirst == null ? null : retriesAfterFirst + 1;
        }
        for (String key : retries.keySet()) {
            if (!key.equals("mode") && !key.equals("max_attempts") && !key.equals("total_max_attempts")) {
                throw new IllegalArgumentException("unknown key '" + key + "' in retries config; valid keys are "
                        + "mode, max_attempts, total_max_attempts");
            }
        }
        return new RetrySettings(mode == null ? defaultMode : mode.toString(), total);
    }

    private static Integer intValue(Map<String, ?> retries, String key, int min) {
        Object v = retries.get(key);
        if (v == null) {
            return null;
        }
        int value;
        if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            value = n.intValue();
        } else {
            try {
                value = Integer.parseInt(v.toString().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("retries " + key + " must be an integer, got '" + v + "'");
            }
        }
        if (value < min) {
            throw new IllegalArgumentException("retries " + key + " must be at least " + min + ", got " + value);
        }
        return value;
    }

    /**
     * Builds the strategy for one client.
     *
     * @param retryData       {@code _retry.json}, needed by legacy mode only
     * @param endpointPrefix  the service's endpoint prefix (legacy mode's section key)
     */
    public RetryStrategy createStrategy(JsonNode retryData, String endpointPrefix) {
        return switch (mode) {
            case STANDARD -> new StandardRetryStrategy(
                    totalMaxAttempts == null ? StandardRetryStrategy.DEFAULT_MAX_ATTEMPTS : totalMaxAttempts);
            case ADAPTIVE -> new AdaptiveRetryStrategy(
                    totalMaxAttempts == null ? StandardRetryStrategy.DEFAULT_MAX_ATTEMPTS : totalMaxAttempts,
                    new RetryQuota(), UniformJitter.INSTANCE,
                    Ticker.SYSTEM, Sleeper.SYSTEM);
            default -> new LegacyRetryStrategy(retryData, endpointPrefix, totalMaxAttempts);
        };
    }
}
