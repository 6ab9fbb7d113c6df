package io.boto4j.internal.customizations.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads of a parsed result that several customizations' after-call handlers share. */
public final class ParsedResults {
    private ParsedResults() {
    }

    /** True when the parsed result is an error (a status of 300 and above), or there is none. */
    public static boolean isError(Map<String, Object> parsed) {
        return parsed == null || parsed.containsKey("Error") && parsed.get("ResponseMetadata") instanceof Map<?, ?> md
                && md.get("HTTPStatusCode") instanceof Number n && n.intValue() >= 300;
    }

    /**
     * The structures of a list member of a parsed result ({@code Contents} of a listing), as the maps they are;
     * empty when the member is absent or no list.
     */
    public static List<Map<String, Object>> structures(Map<String, Object> parsed, String listMember) {
        if (!(parsed.get(listMember) instanceof List<?> members)) {
            return List.of();
        }
        List<Map<String, Object>> out = new ArrayList<>(members.size());
        for (Object m : members) {
            if (m instanceof Map<?, ?> structure) {
                out.add(stringKeyed(structure));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked") // the parsers build every structure as a Map<String, Object>
    private static Map<String, Object> stringKeyed(Map<?, ?> structure) {
        return (Map<String, Object>) structure;
    }
}
