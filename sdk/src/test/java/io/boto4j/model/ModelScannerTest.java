package io.boto4j.model;

import io.boto4j.testsupport.JacksonTrees;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import tools.jackson.databind.DeserializationFeature;
import io.boto4j.internal.json.JsonNode;
import tools.jackson.databind.ObjectReader;
import io.boto4j.exception.ModelError;
import io.boto4j.internal.json.Json;
import io.boto4j.internal.loader.Loader;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The model scanner against Jackson as the oracle of what is JSON: on thousands of broken variants of a real
 * model, the scanner never accepts what Jackson rejects, and rejects what Jackson accepts only for a reason
 * of model structure (a section or entry that is not an object).
 */
class ModelScannerTest {
    private static final ObjectReader STRICT = Json.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final byte[] SQS = Loader.create(List.of(), null, true).loadServiceData("sqs", "service-2", null).bytes();

    @Test
    void rejectsEveryTruncationOfAModel() {
        for (int len = 0; len < SQS.length; len++) {
            byte[] cut = Arrays.copyOf(SQS, len);
            try {
                new ModelScanner(cut, "sqs-cut").scan();
                fail("accepted a model cut at byte " + len + " of " + SQS.length);
            } catch (ModelError expected) {
                assertTrue(expected.getMessage().contains("sqs-cut"), expected.getMessage());
            }
        }
    }

    @Test
    void agreesWithJacksonOnRandomByteCorruptions() {
        Random random = new Random(20261126);
        byte[] alphabet = "{}[]\":,\\0123456789-+.eEtrufalsn \n\u0001x".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        int structural = 0;
        for (int i = 0; i < 3000; i++) {
            byte[] broken = SQS.clone();
            int at = random.nextInt(broken.length);
            broken[at] = alphabet[random.nextInt(alphabet.length)];
            boolean jacksonAccepts = jacksonAccepts(broken);
            try {
                new ModelScanner(broken, "sqs-broken").scan();
                assertTrue(jacksonAccepts, "scanner accepted what Jackson rejects: byte " + at + " set to '"
                        + (char) broken[at] + "'");
            } catch (ModelError e) {
                if (jacksonAccepts) {
                    structural++;
                    assertTrue(e.getMessage().contains("must be"), "rejected valid JSON: " + e.getMessage());
                }
            }
        }
        System.out.println("ModelScannerTest: 3000 corruptions, " + structural + " valid JSON but not a model");
    }

    private static boolean jacksonAccepts(byte[] json) {
        try {
            JsonNode n = JacksonTrees.of(STRICT.readTree(json));
            return n != null && n.isObject();
        } catch (Exception e) {
            return false;
        }
    }
}
