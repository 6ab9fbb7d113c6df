package io.boto4j.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import io.boto4j.testsupport.JacksonTrees;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/** The mapper-free trees against Jackson's own {@code readTree}/{@code convertValue}, as the oracle. */
class JsonTreesTest {

    @Test
    void everyBundledDataFileReadsToTheTreeJacksonsMapperReads() throws IOException {
        List<String> files = bundledFiles();
        assertTrue(files.size() > 1500, "the models jar lists " + files.size() + " files");
        long bytes = 0;
        for (String file : files) {
            byte[] json = gunzip("boto4j-data/" + file + ".gz");
            bytes += json.length;
            tools.jackson.databind.JsonNode jackson = Json.mapper().readTree(json);
            JsonNode actual = JsonTrees.read(json, 0, json.length);
            assertEquals(JacksonTrees.of(jackson), actual, file);
            // equal trees can still print differently (1.50 against 1.5): the text must match too
            assertEquals(jackson.toString(), actual.toString(), file);
        }
        assertTrue(bytes > 10_000_000, "read " + bytes + " bytes of JSON");
    }

    @Test
    void javaValuesOfBundledFilesEqualTheMappersConversion() throws IOException {
        for (String file : List.of("partitions.json", "sdk-default-configuration.json", "_retry.json",
                "sqs/2012-11-05/service-2.json", "s3/2006-03-01/endpoint-rule-set-1.json")) {
            byte[] json = gunzip("boto4j-data/" + file + ".gz");
            JsonNode tree = JsonTrees.read(json, 0, json.length);
            Object java = JsonTrees.toJava(tree);
            assertEquals(Json.mapper().convertValue(Json.mapper().readTree(json), Object.class), java, file);
            assertEquals(tree, JsonTrees.fromJava(java), file + " back to a tree");
        }
    }

    @Test
    void edgeCasesReadAsTheMapperReadsThem() {
        for (String text : List.of("", "   ", "{}", "[]", "null", "true", "\"x\"", "1.50", "-0", "-0.0", "1e400",
                "123456789012", "123456789012345678901234567890", "2147483648", "-2147483649",
                "{\"a\":1,\"a\":2,\"b\":[1,{\"c\":null}]}", "{\"a\":1} trailing", "[1,2] [3]",
                "{\"n\":0.1000, \"e\":1E-7, \"u\":\"\\u00e9\\ud83d\\ude00\"}")) {
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            tools.jackson.databind.JsonNode jackson = Json.mapper().readTree(b);
            JsonNode actual = JsonTrees.read(b, 0, b.length);
            assertEquals(JacksonTrees.of(jackson), actual, text);
            assertEquals(jackson.toString(), actual.toString(), text);
            assertEquals(jackson.isMissingNode(), actual.isMissingNode(), text);
            assertEquals(actual, JsonTrees.read(text), text + " (as a String)");
        }
    }

    @Test
    void numbersKeepTheirExactTypeAndText() {
        Map<?, ?> m = (Map<?, ?>) Json.readJava("{\"i\":7,\"l\":8589934592,\"b\":99999999999999999999,\"d\":1.50}");
        assertEquals(7, m.get("i"));
        assertEquals(8589934592L, m.get("l"));
        assertEquals(new BigInteger("99999999999999999999"), m.get("b"));
        assertEquals(new BigDecimal("1.50"), m.get("d"));
    }

    @Test
    void malformedJsonIsAnErrorNamingWhereItBroke() {
        byte[] b = "{\"a\": [1, 2}".getBytes(StandardCharsets.UTF_8);
        JacksonException e = assertThrows(JacksonException.class, () -> JsonTrees.read(b, 0, b.length));
        assertTrue(e.getOriginalMessage().contains("line 1, column 12: expected ',' or ']' but found '}'"),
                e.getOriginalMessage());
        assertThrows(JacksonException.class, () -> Json.readJava("   "));
    }

    @Test
    void aValueWithNoJsonFormIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JsonTrees.fromJava(Map.of("when", new Object())));
        assertTrue(e.getMessage().contains("java.lang.Object"), e.getMessage());
    }

    /** Every file the models jar lists, from its index.txt, read here line by line on its own. */
    private static List<String> bundledFiles() throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = JsonTreesTest.class.getClassLoader().getResourceAsStream("boto4j-data/index.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] w = line.split(" ");
                if (w[0].equals("*")) {
                    out.addAll(List.of(w).subList(1, w.length));
                } else {
                    for (int i = 2; i < w.length; i++) {
                        out.add(w[0] + "/" + w[1] + "/" + w[i]);
                    }
                }
            }
        }
        return out;
    }

    private static byte[] gunzip(String resource) throws IOException {
        try (InputStream in = new GZIPInputStream(JsonTreesTest.class.getClassLoader().getResourceAsStream(resource))) {
            return in.readAllBytes();
        }
    }
}
