package io.boto4j.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * An immutable, ordered, case-insensitive multi-map of HTTP headers. The first spelling of a name is kept
 * for the wire; lookups ignore case.
 */
public final class HttpHeaders {
    private static final HttpHeaders EMPTY = new HttpHeaders(new LinkedHashMap<>());

    // key: lower-cased name; value: original spelling + values
    private final LinkedHashMap<String, Entry> entries;

    private record Entry(String name, List<String> values) {
    }

    private HttpHeaders(LinkedHashMap<String, Entry> entries) {
        this.entries = entries;
    }

    public static HttpHeaders empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static HttpHeaders of(Map<String, String> single) {
        Builder b = builder();
        for (Map.Entry<String, String> e : single.entrySet()) {
            b.set(e.getKey(), e.getValue());
        }
        return b.build();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            Entry v = e.getValue();
            b.entries.put(e.getKey(), new Entry(v.name, new ArrayList<>(v.values)));
        }
        return b;
    }

    /** The first value of the header, or null. */
    public String first(String name) {
        Entry e = entries.get(lower(name));
        return e == null || e.values.isEmpty() ? null : e.values.get(0);
    }

    public List<String> all(String name) {
        Entry e = entries.get(lower(name));
        return e == null ? List.of() : Collections.unmodifiableList(e.values);
    }

    public boolean contains(String name) {
        return entries.containsKey(lower(name));
    }

    public int size() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Calls {@code action} once per header name (as first spelled) with its values joined by ",". */
    public void forEach(BiConsumer<String, String> action) {
        for (Entry e : entries.values()) {
            action.accept(e.name, String.join(",", e.values));
        }
    }

    /** Calls {@code action} once per header value. */
    public void forEachValue(BiConsumer<String, String> action) {
        for (Entry e : entries.values()) {
            for (String v : e.values) {
                action.accept(e.name, v);
            }
        }
    }

    /** Headers as a map of lower-cased names to comma-joined values, as boto3's {@code HTTPHeaders}. */
    public Map<String, String> toLowerCaseMap() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            out.put(e.getKey(), String.join(",", e.getValue().values));
        }
        return out;
    }

    /** Headers as a map sorted by lower-cased name; signers use it. */
    public TreeMap<String, List<String>> toSortedLowerCaseMap() {
        TreeMap<String, List<String>> out = new TreeMap<>();
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            out.put(e.getKey(), e.getValue().values);
        }
        return out;
    }

    public List<String> names() {
        List<String> names = new ArrayList<>(entries.size());
        for (Entry e : entries.values()) {
            names.add(e.name);
        }
        return names;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HttpHeaders h && h.toLowerCaseMap().equals(toLowerCaseMap());
    }

    @Override
    public int hashCode() {
        return toLowerCaseMap().hashCode();
    }

    /** Names only: header values may carry credentials (Authorization, security tokens). */
    @Override
    public String toString() {
        return "HttpHeaders" + names();
    }

    public static final class Builder {
        private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

        /** Replaces every value of {@code name}. */
        public Builder set(String name, String value) {
            List<String> values = new ArrayList<>(1);
            values.add(value);
            entries.put(lower(name), new Entry(name, values));
            return this;
        }

        public Builder add(String name, String value) {
            String key = lower(name);
            Entry e = entries.get(key);
            if (e == null) {
                e = new Entry(name, new ArrayList<>(1));
                entries.put(key, e);
            }
            e.values.add(value);
            return this;
        }

        public Builder setIfAbsent(String name, String value) {
            if (!entries.containsKey(lower(name))) {
                set(name, value);
            }
            return this;
        }

        public Builder remove(String name) {
            entries.remove(lower(name));
            return this;
        }

        public boolean contains(String name) {
            return entries.containsKey(lower(name));
        }

        public String first(String name) {
            Entry e = entries.get(lower(name));
            return e == null || e.values.isEmpty() ? null : e.values.get(0);
        }

        public HttpHeaders build() {
            LinkedHashMap<String, Entry> copy = new LinkedHashMap<>();
            for (Map.Entry<String, Entry> e : entries.entrySet()) {
                Entry v = e.getValue();
                copy.put(e.getKey(), new Entry(v.name, List.copyOf(v.values)));
            }
            return new HttpHeaders(copy);
        }
    }
}
