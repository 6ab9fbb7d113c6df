package io.boto4j.paginate;

import io.boto4j.exception.ParamValidationError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * boto3's {@code PaginationConfig}: stop after {@code maxItems} items of the primary result key, ask for
 * {@code pageSize} items per call (the operation's {@code limit_key}), start from a resume token. Each part is
 * optional (null).
 */
public record PaginationConfig(Integer maxItems, Integer pageSize, String startingToken) {
    public static final PaginationConfig NONE = new PaginationConfig(null, null, null);

    public PaginationConfig {
        if (maxItems != null && maxItems < 0) {
            throw new ParamValidationError(List.of("Invalid PaginationConfig.MaxItems: " + maxItems + " is negative"));
        }
        if (pageSize != null && pageSize < 1) {
            throw new ParamValidationError(List.of("Invalid PaginationConfig.PageSize: " + pageSize + " is less than 1"));
        }
    }

    public PaginationConfig withMaxItems(Integer value) {
        return new PaginationConfig(value, pageSize, startingToken);
    }

    public PaginationConfig withPageSize(Integer value) {
        return new PaginationConfig(maxItems, value, startingToken);
    }

    public PaginationConfig withStartingToken(String value) {
        return new PaginationConfig(maxItems, pageSize, value);
    }

    /**
     * The config from boto3's map form ({@code {"MaxItems": 10, "PageSize": 5, "StartingToken": "..."}}).
     * Numbers may be given as numbers or numeric strings, as boto3 coerces them.
     *
     * @throws ParamValidationError naming each unknown key or bad value
     */
    public static PaginationConfig fromMap(Map<?, ?> map) {
        if (map == null || map.isEmpty()) {
            return NONE;
        }
        List<String> problems = new ArrayList<>();
        for (Object key : map.keySet()) {
            if (!"MaxItems".equals(key) && !"PageSize".equals(key) && !"StartingToken".equals(key)) {
                problems.add("Unknown parameter in PaginationConfig: \"" + key
                        + "\", must be one of: MaxItems, PageSize, StartingToken");
            }
        }
        Integer maxItems = integer(map.get("MaxItems"), "MaxItems", problems);
        Integer pageSize = integer(map.get("PageSize"), "PageSize", problems);
        Object token = map.get("StartingToken");
        if (token != null && !(token instanceof String)) {
            problems.add("Invalid type for parameter PaginationConfig.StartingToken, value: " + token
                    + ", type: " + token.getClass().getSimpleName() + ", valid types: String");
        }
        if (!problems.isEmpty()) {
            throw new ParamValidationError(problems);
        }
        return new PaginationConfig(maxItems, pageSize, (String) token);
    }

    private static Integer integer(Object value, String name, List<String> problems) {
        if (value == null) {
            return null;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            long l = ((Number) value).longValue();
            if (l <= Integer.MAX_VALUE && l >= Integer.MIN_VALUE) {
                return (int) l;
            }
        } else if (value instanceof String s) {
            try {
                return Integer.valueOf(s.trim());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        problems.add("Invalid value for parameter PaginationConfig." + name + ", value: " + value
                + ", type: " + value.getClass().getSimpleName() + ", valid types: Integer");
        return null;
    }
}
