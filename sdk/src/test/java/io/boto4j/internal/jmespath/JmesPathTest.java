package io.boto4j.internal.jmespath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JmesPathTest {
    @Test
    void compilesEachExpressionOnceAndReusesIt() {
        assertSame(JmesPath.compile("Contents[].Key"), JmesPath.compile("Contents[].Key"));
    }

    @Test
    void rejectsABadExpressionNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JmesPath.compile("Contents[?"));
        assertTrue(e.getMessage().contains("'Contents[?'"), e.getMessage());
    }

    @Test
    void searchesUnmodifiableMapsAndListsAsTheClientReturnsThem() {
        Map<String, Object> page = Map.of("Items", List.of(Map.of("Id", 1), Map.of("Id", 2L)));
        assertEquals(List.of(1, 2L), JmesPath.search("Items[].Id", page));
        assertNull(JmesPath.search("Missing.Deeper", page));
    }

    @Test
    void treatsNumbersOfAnyJavaTypeAsEqualByValue() {
        assertTrue(JmesPath.valuesEqual(1, 1L));
        assertTrue(JmesPath.valuesEqual(1, new BigDecimal("1.0")));
        assertTrue(JmesPath.valuesEqual(2.5d, new BigDecimal("2.5")));
        assertFalse(JmesPath.valuesEqual(1, "1"));
        assertFalse(JmesPath.valuesEqual(true, 1));
    }

    @Test
    void comparesListsAndMapsDeeplyWithNumbersByValue() {
        assertTrue(JmesPath.valuesEqual(List.of(1, Map.of("a", 2L)), List.of(1L, Map.of("a", new BigDecimal("2")))));
        assertFalse(JmesPath.valuesEqual(List.of(1, 2), List.of(1)));
        assertFalse(JmesPath.valuesEqual(Map.of("a", 1), Map.of("b", 1)));
    }

    @Test
    void comparesBlobsByContentAndTimestampsByInstantButNeverWithStrings() {
        assertTrue(JmesPath.valuesEqual(new byte[] {1, 2}, new byte[] {1, 2}));
        assertFalse(JmesPath.valuesEqual(new byte[] {1, 2}, "AQI="));
        Instant t = Instant.parse("2024-01-02T03:04:05Z");
        assertTrue(JmesPath.valuesEqual(t, Instant.parse("2024-01-02T03:04:05Z")));
        assertFalse(JmesPath.valuesEqual(t, "2024-01-02T03:04:05Z"));
    }

    @Test
    void comparesTimestampsInExpressionsByInstant() {
        Instant t = Instant.parse("2024-01-02T03:04:05Z");
        Map<String, Object> doc = Map.of("Items", List.of(Map.of("At", t), Map.of("At", Instant.EPOCH),
                Map.of("At", Instant.parse("2024-01-02T03:04:05Z"))));
        assertEquals(true, JmesPath.search("Items[0].At == Items[2].At", doc));
        assertEquals(false, JmesPath.search("Items[0].At == Items[1].At", doc));
        assertEquals(false, JmesPath.search("Items[0].At == '2024-01-02T03:04:05Z'", doc));
    }

    @Test
    void evaluatesMemberPathsWithoutTheParserAsTheParserWould() {
        Map<String, Object> doc = Map.of("A", Map.of("B", List.of(1), "_c9", "x"), "S", "str");
        for (String e : List.of("A", "A.B", "A._c9", "A.Missing", "S.Length", "Missing.Deeper")) {
            assertTrue(MemberPath.parse(e) != null, e);
            assertEquals(ValueRuntime.INSTANCE.compile(e).search(doc), JmesPath.search(e, doc), e);
        }
        for (String e : List.of("", ".", "A.", ".A", "A..B", "9A", "A.9", "A[0]", "A | B", "\"A\"", "A.B.`1`")) {
            assertNull(MemberPath.parse(e), e);
        }
    }
}
