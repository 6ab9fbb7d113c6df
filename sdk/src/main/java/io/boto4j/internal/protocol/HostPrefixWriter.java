package io.boto4j.internal.protocol;

import io.boto4j.exception.ParamValidationError;
import io.boto4j.model.OperationModel;
import io.boto4j.model.Shape;
import io.boto4j.model.StructureShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Expands an operation's {@code endpoint.hostPrefix} ({@code {AccountId}.data.}) with the input members
 * marked {@code hostLabel}; a label value must be a valid host name part.
 */
public final class HostPrefixWriter {
    private HostPrefixWriter() {
    }

    /** The expanded prefix, or null when the operation has none. */
    public static String expand(OperationModel operation, Map<String, Object> params) {
        String template = operation.hostPrefix();
        if (template == null) {
            return null;
        }
        if (template.indexOf('{') < 0) {
            return template;
        }
        StructureShape input = operation.inputShape();
        StringBuilder out = new StringBuilder(template.length() + 32);
        List<String> bad = new ArrayList<>();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, i, open);
            String label = template.substring(open + 1, close);
            Shape member = input == null ? null : input.member(label);
            Object value = params.get(label);
            if (member == null || !member.isHostLabel() || value == null || !isHostLabelText(value.toString())) {
                bad.add(label);
            } else {
                out.append(value);
            }
            i = close + 1;
        }
        if (!bad.isEmpty()) {
            throw new ParamValidationError(List.of("Invalid value for parameter(s): " + String.join(", ", bad)
                    + ". Must contain only alphanumeric characters, hyphen, or period."));
        }
        return out.toString();
    }

    private static boolean isHostLabelText(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }
}
