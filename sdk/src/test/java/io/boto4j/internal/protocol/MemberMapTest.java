package io.boto4j.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MemberMapTest {
    private static final List<String> NAMES = List.of("Key", "LastModified", "ETag", "Size", "StorageClass", "Owner",
            "ChecksumAlgorithm", "ChecksumType", "RestoreStatus");

    @Test
    void twentyThousandRandomOperationsLeaveItEqualToALinkedHashMapDoingTheSameInOrderAndContent() {
        Random random = new Random(20261204);
        for (int round = 0; round < 200; round++) {
            MemberMap members = new MemberMap(random.nextInt(4));
            Map<String, Object> expected = new LinkedHashMap<>();
            for (int op = 0; op < 100; op++) {
                // equal names that are other instances than the parser's, as a caller's literals may be
                String name = new String(NAMES.get(random.nextInt(NAMES.size())));
                Object value = random.nextInt(5) == 0 ? null : "v" + random.nextInt(50);
                switch (random.nextInt(6)) {
                    case 0, 1, 2 -> assertEquals(expected.put(name, value), members.put(name, value));
                    case 3 -> assertEquals(expected.remove(name), members.remove(name));
                    case 4 -> {
                        Iterator<Map.Entry<String, Object>> a = expected.entrySet().iterator();
                        Iterator<Map.Entry<String, Object>> b = members.entrySet().iterator();
                        while (a.hasNext()) {
                            Map.Entry<String, Object> x = a.next();
                            Map.Entry<String, Object> y = b.next();
                            assertEquals(x, y);
                            if (x.getKey().equals(name)) {
                                a.remove();
                                b.remove();
                            } else if (random.nextBoolean()) {
                                assertEquals(x.setValue("set" + op), y.setValue("set" + op));
                            }
                        }
                        assertFalse(b.hasNext());
                    }
                    default -> {
                        assertEquals(expected.containsKey(name), members.containsKey(name));
                        assertEquals(expected.get(name), members.get(name));
                    }
                }
                assertEquals(expected.size(), members.size());
                assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(members.keySet()), "order");
                assertEquals(expected, members);
                assertEquals(members, expected);
                assertEquals(expected.hashCode(), members.hashCode());
                assertEquals(expected.toString(), members.toString());
            }
        }
    }

    @Test
    void membersKeepTheirOrderAndAreFoundByEqualNames() {
        MemberMap m = new MemberMap(1);
        m.put("Key", "a.txt");
        m.put("Size", 3L);
        m.put("ETag", "\"e\"");
        assertEquals(List.of("Key", "Size", "ETag"), new ArrayList<>(m.keySet()));
        assertEquals(3L, m.get(new String("Size")));
        assertNull(m.get("Owner"));
        assertNull(m.get(42));
        m.clear();
        assertTrue(m.isEmpty());
    }

    @Test
    void anAdoptedPairOfArraysIsTheMapOfItsFirstMembersAndGrowsPastThem() {
        MemberMap m = MemberMap.adopt(new String[] {"Key", "Size", null}, new Object[] {"a", 1L, null}, 2);
        assertEquals(Map.of("Key", "a", "Size", 1L), m);
        m.put("ETag", "e");
        m.put("Owner", "o");
        assertEquals(List.of("Key", "Size", "ETag", "Owner"), new ArrayList<>(m.keySet()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MemberMap.adopt(new String[2], new Object[3], 1));
        assertEquals("arrays of 2 keys and 3 values for 1 members", e.getMessage());
    }

    @Test
    void changingTheMapWhileIteratingFailsFastAsALinkedHashMapDoes() {
        MemberMap m = new MemberMap(2);
        m.put("Key", "a");
        m.put("Size", 1L);
        Iterator<String> keys = m.keySet().iterator();
        keys.next();
        m.put("Owner", "o");
        assertThrows(ConcurrentModificationException.class, keys::next);
    }

    @Test
    void aNullMemberNameIsRefusedNamingWhatIsMissing() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> new MemberMap(1).put(null, "v"));
        assertEquals("a structure's member name", e.getMessage());
    }

    @Test
    void itSerializesAndComesBackEqual() throws Exception {
        MemberMap m = new MemberMap(2);
        m.put("Key", "a");
        m.put("Size", 1L);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(m);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(Map.of("Key", "a", "Size", 1L), in.readObject());
        }
    }
}
