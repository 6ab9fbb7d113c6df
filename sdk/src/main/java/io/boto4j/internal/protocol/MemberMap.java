package io.boto4j.internal.protocol;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The members of one parsed structure: a mutable, insertion-ordered map over two small arrays, for structures
 * of a few members read by the thousand (a listing's entries). A LinkedHashMap spends a table and a node per
 * member on each of them, and hashing, for maps that are looked up a handful of times; here a lookup compares the
 * few names (the parser's own instances, so mostly by identity). It behaves as a LinkedHashMap in insertion order,
 * equality, hash code and {@code toString}, and accepts any later {@code put} or {@code remove}.
 */
public final class MemberMap extends AbstractMap<String, Object> implements Serializable {
    /** Above this many members a structure is read into a LinkedHashMap: the scans would cost more than hashing. */
    public static final int MAX_MEMBERS = 12;
    private static final long serialVersionUID = 1L;

    private String[] keys;
    private Object[] values;
    private int size;
    private transient int modCount;

    /** An empty map with room for {@code capacity} members. */
    public MemberMap(int capacity) {
        keys = new String[Math.max(1, capacity)];
        values = new Object[keys.length];
    }

    /**
     * A map over the caller's arrays, which it must not touch again: the first {@code size} keys (distinct) and
     * their values. A parser hands over the array it filled, saving a copy per structure.
     */
    public static MemberMap adopt(String[] keys, Object[] values, int size) {
        if (keys.length != values.length || size > keys.length || keys.length == 0) {
            throw new IllegalArgumentException("arrays of " + keys.length + " keys and " + values.length
                    + " values for " + size + " members");
        }
        return new MemberMap(keys, values, size);
    }

    private MemberMap(String[] keys, Object[] values, int size) {
        this.keys = keys;
        this.values = values;
        this.size = size;
    }

    private void append(String key, Object value) {
        if (size == keys.length) {
            grow();
        }
        keys[size] = key;
        values[size] = value;
        size++;
        modCount++;
    }

    private int indexOf(Object key) {
        String[] k = keys;
        for (int i = 0; i < size; i++) {
            if (k[i] == key) {
                return i;
            }
        }
        if (key instanceof String) {
            for (int i = 0; i < size; i++) {
                if (k[i].equals(key)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private void grow() {
        keys = Arrays.copyOf(keys, keys.length * 2);
        values = Arrays.copyOf(values, keys.length);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public Object put(String key, Object value) {
        Objects.requireNonNull(key, "a structure's member name");
        int i = indexOf(key);
        if (i >= 0) {
            Object old = values[i];
            values[i] = value;
            return old;
        }
        append(key, value);
        return null;
    }

    @Override
    public Object remove(Object key) {
        int i = indexOf(key);
        if (i < 0) {
            return null;
        }
        Object old = values[i];
        removeAt(i);
        return old;
    }

    private void removeAt(int i) {
        int tail = size - i - 1;
        System.arraycopy(keys, i + 1, keys, i, tail);
        System.arraycopy(values, i + 1, values, i, tail);
        size--;
        keys[size] = null;
        values[size] = null;
        modCount++;
    }

    @Override
    public void clear() {
        Arrays.fill(keys, 0, size, null);
        Arrays.fill(values, 0, size, null);
        size = 0;
        modCount++;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Entries();
            }
        };
    }

    /** Entries in insertion order; each writes through to the map, as a LinkedHashMap's do. */
    private final class Entries implements Iterator<Entry<String, Object>> {
        private int next;
        private int last = -1;
        private int expected = modCount;

        @Override
        public boolean hasNext() {
            return next < size;
        }

        @Override
        public Entry<String, Object> next() {
            if (expected != modCount) {
                throw new ConcurrentModificationException();
            }
            if (next >= size) {
                throw new NoSuchElementException();
            }
            last = next++;
            return new Slot(last);
        }

        @Override
        public void remove() {
            if (last < 0) {
                throw new IllegalStateException();
            }
            if (expected != modCount) {
                throw new ConcurrentModificationException();
            }
            removeAt(last);
            next = last;
            last = -1;
            expected = modCount;
        }
    }

    private final class Slot implements Entry<String, Object> {
        private final String key;
        private final int index;

        Slot(int index) {
            this.index = index;
            this.key = keys[index];
        }

        @Override
        public String getKey() {
            return key;
        }

        @Override
        public Object getValue() {
            return keys[index] == key ? values[index] : MemberMap.this.get(key);
        }

        @Override
        public Object setValue(Object value) {
            return keys[index] == key ? swap(index, value) : MemberMap.this.put(key, value);
        }

        private Object swap(int i, Object value) {
            Object old = values[i];
            values[i] = value;
            return old;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e && key.equals(e.getKey()) && Objects.equals(getValue(), e.getValue());
        }

        @Override
        public int hashCode() {
            return key.hashCode() ^ Objects.hashCode(getValue());
        }

        @Override
        public String toString() {
            return key + "=" + getValue();
        }
    }
}
