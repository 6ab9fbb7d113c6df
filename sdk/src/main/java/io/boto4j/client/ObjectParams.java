package io.boto4j.client;

import io.boto4j.exception.ParamValidationError;
import io.boto4j.model.ListShape;
import io.boto4j.model.MapShape;
import io.boto4j.model.Shape;
import io.boto4j.model.StringShape;
import io.boto4j.model.StructureShape;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import io.boto4j.internal.names.ClosestNames;
import java.util.List;
import java.util.Map;

/**
 * A user's record or bean as call parameters: each property becomes the input member of the same name, case
 * aside ({@code queueUrl} → {@code QueueUrl}), checked against the operation's input shape, nested records and
 * lists following the member shapes. Null properties are left out, as a boto3 caller leaves the keyword out.
 * A property the shape does not have is reported as botocore reports an unknown parameter, with the closest
 * member names.
 */
final class ObjectParams {
    private ObjectParams() {
    }

    static Map<String, Object> from(Object input, StructureShape inputShape) {
        List<String> problems = new ArrayList<>();
        Object params = convert(input, inputShape, "", problems);
        if (!problems.isEmpty()) {
            throw new ParamValidationError(problems);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> out = (Map<String, Object>) params;
        return out;
    }

    /** An object the SDK should read property by property, not pass on as a value. */
    static boolean isObject(Object v) {
        Class<?> c = v.getClass();
        if (c.isRecord()) {
            return true;
        }
        String name = c.getName();
        // values the serializers take as they are: JDK types (String, Instant, Path, streams...) and bodies
        return !(v instanceof Map || v instanceof Collection || v instanceof CharSequence || v instanceof Number
                || v instanceof Enum || v instanceof java.io.InputStream || c.isArray() || name.startsWith("java.")
                || name.startsWith("javax.") || name.startsWith("io.boto4j.http."));
    }

    private static Object convert(Object v, Shape shape, String path, List<String> problems) {
        if (v instanceof Map<?, ?> m) {
            return map(m, shape, path, problems);
        }
        if (v instanceof Collection<?> c) {
            return list(new ArrayList<>(c), shape, path, problems);
        }
        if (v.getClass().isArray() && !(v instanceof byte[])) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(v); i++) {
                items.add(Array.get(v, i));
            }
            return list(items, shape, path, problems);
        }
        if (v instanceof Enum<?> e) {
            return enumValue(e, shape);
        }
        if (isObject(v)) {
            return object(v, shape, path, problems);
        }
        return v;
    }

    private static Map<String, Object> object(Object v, Shape shape, String path, List<String> problems) {
        ObjectBinding binding = ObjectBinding.of(v.getClass());
        Map<String, Shape> members = shape instanceof StructureShape s ? s.members() : Map.of();
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < binding.names.size(); i++) {
            Object value = binding.read(v, i);
            if (value == null) {
                continue;
            }
            String property = binding.names.get(i);
            String member = MemberNames.memberFor(property, members);
            if (member == null) {
                problems.add(unknown(property, binding.type, path, members));
                continue;
            }
            out.put(member, convert(value, members.get(member), path.isEmpty() ? member : path + "." + member,
                    problems));
        }
        return out;
    }

    private static Map<String, Object> map(Map<?, ?> m, Shape shape, String path, List<String> problems) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String key = String.valueOf(e.getKey());
            Shape valueShape = shape instanceof StructureShape s ? s.member(key)
                    : shape instanceof MapShape ms ? ms.value() : null;
            Object value = e.getValue();
            // unknown keys of a map stay for the validator, which reports them as botocore does
            out.put(key, value == null ? null : convert(value, valueShape, path.isEmpty() ? key : path + "." + key,
                    problems));
        }
        return out;
    }

    private static List<Object> list(List<?> items, Shape shape, String path, List<String> problems) {
        Shape element = shape instanceof ListShape l ? l.member() : null;
        List<Object> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            out.add(item == null ? null : convert(item, element, path + "[" + i + "]", problems));
        }
        return out;
    }

    /** A Java constant as the model's enum value it spells ({@code STANDARD_IA}, {@code AP_SOUTH_1} → ap-south-1). */
    private static String enumValue(Enum<?> e, Shape shape) {
        String name = e.name();
        if (shape instanceof StringShape s) {
            for (String value : s.enumValues()) {
                if (value.equalsIgnoreCase(name) || value.replace('-', '_').equalsIgnoreCase(name)) {
                    return value;
                }
            }
        }
        return name;
    }

    private static String unknown(String property, Class<?> type, String path, Map<String, Shape> members) {
        StringBuilder sb = new StringBuilder("Unknown parameter in ").append(path.isEmpty() ? "input" : path)
                .append(": \"").append(property).append("\" (property of ").append(type.getSimpleName()).append(')');
        List<String> close = ClosestNames.suggest(property, members.keySet());
        if (!close.isEmpty()) {
            sb.append(", did you mean ").append(String.join(" or ", close.stream().map(n -> "\"" + n + "\"").toList()))
                    .append('?');
        }
        return sb.append(" Must be one of: ").append(String.join(", ", members.keySet())).toString();
    }
}
