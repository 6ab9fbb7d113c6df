package io.boto4j.client;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a model's member names ({@code QueueUrl}, {@code MD5OfBody}, {@code SSEKMSKeyId}) meet Java property
 * names ({@code queueUrl}, {@code md5OfBody}, {@code sseKmsKeyId}): the same letters, case aside. The exact
 * spellings are looked up first, so the common case costs one hash lookup.
 */
final class MemberNames {
    private MemberNames() {
    }

    static String capitalize(String javaName) {
        return javaName.isEmpty() ? javaName : Character.toUpperCase(javaName.charAt(0)) + javaName.substring(1);
    }

    static String decapitalize(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    static String folded(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The member of {@code members} a Java property names, or null. */
    static String memberFor(String javaName, Map<String, ?> members) {
        String pascal = capitalize(javaName);
        if (members.containsKey(pascal)) {
            return pascal;
        }
        if (members.containsKey(javaName)) {
            return javaName;
        }
        for (String member : members.keySet()) {
            if (member.equalsIgnoreCase(javaName)) {
                return member;
            }
        }
        return null;
    }

    /**
     * Finds the property a result key fills. Built once per Java type; keys seen once are remembered (a bounded
     * number, as maps with user-chosen keys, such as DynamoDB items, could otherwise grow it).
     */
    static final class Index {
        private static final int MAX_REMEMBERED = 1024;
        private final Map<String, Integer> exact = new HashMap<>();
        private final Map<String, Integer> byFolded = new HashMap<>();
        private final Map<String, Integer> remembered = new ConcurrentHashMap<>();

        Index(List<String> javaNames) {
            for (int i = 0; i < javaNames.size(); i++) {
                String n = javaNames.get(i);
                exact.putIfAbsent(n, i);
                exact.putIfAbsent(capitalize(n), i);
                byFolded.putIfAbsent(folded(n), i);
            }
        }

        /** The property's position, or -1 when no property takes this key. */
        int of(String key) {
            Integer i = exact.get(key);
            if (i != null) {
                return i;
            }
            i = remembered.get(key);
            if (i != null) {
                return i;
            }
            Integer found = byFolded.get(folded(key));
            int position = found == null ? -1 : found;
            if (remembered.size() < MAX_REMEMBERED) {
                remembered.put(key, position);
            }
            return position;
        }
    }
}
