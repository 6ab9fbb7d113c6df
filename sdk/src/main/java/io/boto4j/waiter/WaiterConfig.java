package io.boto4j.waiter;

import io.boto4j.exception.ParamValidationError;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * boto3's {@code WaiterConfig}: the pause between attempts and the number of attempts, each overriding the
 * waiter model's when not null.
 */
public record WaiterConfig(Duration delay, Integer maxAttempts) {
    public static final WaiterConfig DEFAULT = new WaiterConfig(null, null);

    public WaiterConfig {
        if (delay != null && delay.isNegative()) {
            throw new ParamValidationError(List.of("Invalid WaiterConfig.Delay: " + delay + " is negative"));
        }
        if (maxAttempts != null && maxAttempts < 1) {
            throw new ParamValidationError(List.of("Invalid WaiterConfig.MaxAttempts: " + maxAttempts + " is less than 1"));
        }
    }

    public static WaiterConfig of(Duration delay, Integer maxAttempts) {
        return new WaiterConfig(delay, maxAttempts);
    }

    /**
     * The config from boto3's map form: {@code {"Delay": 5, "MaxAttempts": 20}}, the delay in seconds (a
     * fraction allowed, as Python's sleep takes one).
     *
     * @throws ParamValidationError naming each unknown key or bad value
     */
    public static WaiterConfig fromMap(Map<?, ?> map) {
        if (map == null || map.isEmpty()) {
            return DEFAULT;
        }
        List<String> problems = new ArrayList<>();
        for (Object key : map.keySet()) {
            if (!"Delay".equals(key) && !"MaxAttempts".equals(key)) {
                problems.add("Unknown parameter in WaiterConfig: \"" + key + "\", must be one of: Delay, MaxAttempts");
            }
        }
        Duration delay = null;
        Object d = map.get("Delay");
        if (d != null) {
            BigDecimal seconds = decimal(d);
            if (seconds == null || seconds.signum() < 0) {
                problems.add("Invalid value for parameter WaiterConfig.Delay, value: " + d + ", valid values: seconds >= 0");
            } else {
                delay = Duration.ofNanos(seconds.movePointRight(9).longValue());
            }
        }
        Integer attempts = null;
        Object a = map.get("MaxAttempts");
        if (a != null) {
            BigDecimal n = decimal(a);
            if (n == null || n.signum() <= 0 || n.stripTrailingZeros().scale() > 0 || n.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                problems.add("Invalid value for parameter WaiterConfig.MaxAttempts, value: " + a + ", valid values: integers >= 1");
            } else {
                attempts = n.intValue();
            }
        }
        if (!problems.isEmpty()) {
            throw new ParamValidationError(problems);
        }
        return new WaiterConfig(delay, attempts);
    }

    private static BigDecimal decimal(Object value) {
        try {
            if (value instanceof Number n) {
                return new BigDecimal(n.toString());
            }
            if (value instanceof String s) {
                return new BigDecimal(s.trim());
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }
}
