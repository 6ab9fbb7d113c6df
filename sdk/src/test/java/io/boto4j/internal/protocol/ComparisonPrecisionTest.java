package io.boto4j.internal.protocol;

import io.boto4j.internal.json.JsonTrees;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.internal.json.Json;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The comparisons the corpus suites use tell apart values that differ by less than a float32's precision. */
class ComparisonPrecisionTest {

    @Test
    void epochTimestampsOffByAMinuteDiffer() {
        Object expected = BotocoreValues.fromJson(JsonTrees.fromJava(1_700_000_000L));
        Object actual = BotocoreValues.normalize(Instant.ofEpochSecond(1_700_000_064L));
        assertNotNull(BotocoreValues.diff("t", expected, actual));
    }

    @Test
    void longsOffByOneDiffer() {
        assertNotNull(BotocoreValues.diff("n", BotocoreValues.fromJson(JsonTrees.fromJava(16_777_217L)),
                BotocoreValues.normalize(16_777_216L)));
    }

    @Test
    void aFloatShapeValueEqualsTheDecimalItWasReadFrom() {
        assertNull(BotocoreValues.diff("f", new BigDecimal("1.1"), BotocoreValues.normalize(1.1f)));
        assertNotNull(BotocoreValues.diff("f", new BigDecimal("1.2"), BotocoreValues.normalize(1.1f)));
    }

    @Test
    void requestBodyNumbersCompareExactlyUnlessOneIsAFloat32() throws java.io.IOException {
        assertFalse(RequestComparison.numericEquals(Json.parse("{\"t\": 1700000000}".getBytes()),
                Json.parse("{\"t\": 1700000064}".getBytes())));
        assertFalse(RequestComparison.numericEquals(Json.parse("[3]".getBytes()), Json.parse("[4]".getBytes())));
        assertTrue(RequestComparison.numericEquals(Json.parse("[1]".getBytes()), Json.parse("[1.0]".getBytes())));
    }
}
