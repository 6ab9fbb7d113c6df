package io.boto4j.dynamodb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Expected values are boto3 1.43's TypeSerializer/TypeDeserializer answers for the same inputs. */
class TypeSerializerTest {
    private final TypeSerializer serializer = new TypeSerializer();
    private final TypeDeserializer deserializer = new TypeDeserializer();

    @Test
    void numbersAreWrittenAsPythonsDecimalPrintsThem() {
        assertEquals(Map.of("N", "1E+5"), serializer.serialize(new BigDecimal("1E+5")));
        assertEquals(Map.of("N", "1.0"), serializer.serialize(new BigDecimal("1.0")));
        assertEquals(Map.of("N", "123.4500"), serializer.serialize(new BigDecimal("123.4500")));
        assertEquals(Map.of("N", "1E-7"), serializer.serialize(new BigDecimal("0.0000001")));
        assertEquals(Map.of("N", "0.000"), serializer.serialize(new BigDecimal("0E-3")));
        assertEquals(Map.of("N", "1.0E+126"), serializer.serialize(new BigDecimal("10E125")));
        assertEquals(Map.of("N", "1.5E-130"), serializer.serialize(new BigDecimal("1.5E-130")));
        assertEquals(Map.of("N", "1180591620717411303424"), serializer.serialize(BigInteger.TWO.pow(70)));
        assertEquals(Map.of("N", "42"), serializer.serialize(42));
        assertEquals(Map.of("N", "-9223372036854775808"), serializer.serialize(Long.MIN_VALUE));
        assertEquals(Map.of("N", "1".repeat(38)), serializer.serialize(new BigDecimal("1".repeat(38))));
    }

    @Test
    void numbersDynamoDbCannotHoldExactlyAreRefusedAsBoto3RefusesThem() {
        for (Object tooBig : List.of(new BigDecimal("1".repeat(39)), BigInteger.TEN.pow(38), new BigDecimal("1E+127"),
                new BigDecimal("1E-166"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> serializer.serialize(tooBig));
            assertTrue(e.getMessage().contains("boto3 raises"), e.getMessage());
        }
    }

    @Test
    void floatsAreRefusedWithAHintToUseBigDecimal() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> serializer.serialize(1.5));
        assertTrue(e.getMessage().startsWith("Float types are not supported. Use BigDecimal"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> serializer.serialize(Set.of(1.5f)));
        assertThrows(IllegalArgumentException.class, () -> serializer.serialize(List.of(Map.of("x", 2.0))));
    }

    @Test
    void unsupportedTypesMixedSetsAndEmptySetsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> serializer.serialize(new Object()));
        assertTrue(e.getMessage().startsWith("Unsupported type \"java.lang.Object\""), e.getMessage());
        Set<Object> mixed = new LinkedHashSet<>(List.of(1, "a"));
        assertThrows(IllegalArgumentException.class, () -> serializer.serialize(mixed));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> serializer.serialize(Set.of()))
                .getMessage().startsWith("Empty sets are not supported"));
        assertThrows(IllegalArgumentException.class, () -> serializer.serialize(Map.of(1, "x")));
    }

    @Test
    void everyTypeSerializesToItsAttributeValue() {
        assertEquals(Map.of("NULL", true), serializer.serialize(null));
        assertEquals(Map.of("BOOL", false), serializer.serialize(false));
        assertEquals(Map.of("S", "hi"), serializer.serialize("hi"));
        assertArrayEquals(new byte[] {1, 2}, (byte[]) serializer.serialize(new byte[] {1, 2}).get("B"));
        assertEquals(Map.of("SS", List.of("a")), serializer.serialize(Set.of("a")));
        assertEquals(Map.of("NS", List.of("7")), serializer.serialize(Set.of(7)));
        assertArrayEquals(new byte[] {3}, (byte[]) ((List<?>) serializer.serialize(Set.of(new Binary(new byte[] {3})))
                .get("BS")).get(0));
        assertEquals(Map.of("L", List.of(Map.of("N", "1"), Map.of("S", "x"))), serializer.serialize(List.of(1, "x")));
        assertEquals(Map.of("M", Map.of("k", Map.of("L", List.of()))), serializer.serialize(Map.of("k", List.of())));
    }

    @Test
    void deserializingGivesBigDecimalsSetsAndBytes() {
        assertEquals(new BigDecimal("12.50"), deserializer.deserialize(Map.of("N", "12.50")));
        assertEquals(Set.of(new BigDecimal("1"), new BigDecimal("2.5")),
                deserializer.deserialize(Map.of("NS", List.of("1", "2.5"))));
        assertEquals(Set.of(new Binary(new byte[] {9})), deserializer.deserialize(Map.of("BS", List.of(new byte[] {9}))));
        assertArrayEquals(new byte[] {9}, (byte[]) deserializer.deserialize(Map.of("B", new byte[] {9})));
        assertNull(deserializer.deserialize(Map.of("NULL", true)));
        assertEquals(Map.of("a", List.of(true)),
                deserializer.deserialize(Map.of("M", Map.of("a", Map.of("L", List.of(Map.of("BOOL", true)))))));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> deserializer.deserialize(Map.of("X", 1)))
                .getMessage().contains("Dynamodb type X is not supported"));
        assertThrows(IllegalArgumentException.class, () -> deserializer.deserialize(Map.of()));
    }
}
