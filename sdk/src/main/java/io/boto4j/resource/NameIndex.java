package io.boto4j.resource;

import io.boto4j.internal.names.ClosestNames;
import io.boto4j.model.Names;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The members of one category of a resource class (actions, collections, ...) under boto3's names, found by any
 * spelling a user may type: boto3's name ({@code receive_messages}), the model's ({@code ReceiveMessages}) or
 * extra aliases. An unknown name fails with the closest known names.
 */
final class NameIndex<V> {
    private final String category;
    private final String owner;
    private final Map<String, V> byName = new LinkedHashMap<>();
    private final Map<String, String> aliases = new HashMap<>();
    /** Every spelling straight to the member: resources read attributes per item of a collection. */
    private final Map<String, V> byAlias = new HashMap<>();

    NameIndex(String category, String owner) {
        this.category = category;
        this.owner = owner;
    }

    /** Adds a member under boto3's name and its other spellings; the first registration of an alias wins. */
    NameIndex<V> add(String name, V value, String... otherSpellings) {
        byName.put(name, value);
        alias(name, name, value);
        for (String s : otherSpellings) {
            if (s != null) {
                alias(s, name, value);
                alias(Names.xformName(s), name, value);
            }
        }
        return this;
    }

    private void alias(String alias, String name, V value) {
        if (aliases.putIfAbsent(alias, name) == null) {
            byAlias.put(alias, value);
        }
    }

    /** The member, or null. */
    V find(String given) {
        return byAlias.get(given);
    }

    /** boto3's name of the member, or null. */
    String nameOf(String given) {
        return aliases.get(given);
    }

    V get(String given) {
        V v = find(given);
        if (v == null) {
            throw unknown(given);
        }
        return v;
    }

    boolean contains(String given) {
        return aliases.containsKey(given);
    }

    List<String> names() {
        return List.copyOf(byName.keySet());
    }

    IllegalArgumentException unknown(String given) {
        return unknown(category, owner, given, names());
    }

    static IllegalArgumentException unknown(String category, String owner, String given, List<String> known) {
        StringBuilder sb = new StringBuilder(owner).append(" has no ").append(category).append(" '").append(given)
                .append("'.");
        List<String> close = ClosestNames.suggest(given, known);
        if (!close.isEmpty()) {
            sb.append(" Did you mean '").append(String.join("' or '", close)).append("'?");
        }
        sb.append(known.isEmpty() ? " It has none." : " Known: " + String.join(", ", known) + ".");
        return new IllegalArgumentException(sb.toString());
    }
}
