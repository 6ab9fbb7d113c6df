package io.boto4j.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.Session;
import io.boto4j.client.ClientOptions;
import io.boto4j.exception.InvalidRegionError;
import io.boto4j.internal.json.Json;
import io.boto4j.testsupport.Python;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A client's region name is checked as botocore's {@code validate_region_name} checks it (a host label: letters,
 * digits and '-', not all digits, no '-' at either end, at most 63 characters), with botocore in python3 as the
 * oracle over generated names. Two answers differ on purpose, each listed below: the empty name and a name ending
 * in a line break, which Python's {@code $} lets through and which no endpoint could carry.
 */
class RegionNameValidationTest {
    private static final String ORACLE = """
            import json, sys
            from botocore.exceptions import InvalidRegionError
            from botocore.utils import validate_region_name
            out = []
            for name in json.load(sys.stdin):
                try:
                    validate_region_name(name)
                    out.append(True)
                except InvalidRegionError:
                    out.append(False)
            print(json.dumps(out))
            """;

    @Test
    void generatedRegionNamesAreAcceptedAndRefusedExactlyAsBotocoreDoesSaveTheTwoListedDifferences() {
        List<String> names = names();
        List<?> botocore = (List<?>) Json.readJava(Python.run(ORACLE, Json.write(names)));
        assertEquals(names.size(), botocore.size());
        Session session = Session.builder().awsAccessKeyId("AKID").awsSecretAccessKey("secret")
                .environment(Map.of()).build();
        int refused = 0;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            boolean expected = (Boolean) botocore.get(i) && !name.isEmpty() && !name.endsWith("\n");
            boolean accepted;
            try {
                session.client("sqs", ClientOptions.builder().regionName(name).build()).close();
                accepted = true;
            } catch (InvalidRegionError e) {
                assertEquals("Provided region_name '" + name + "' doesn't match a supported format.", e.getMessage());
                accepted = false;
                refused++;
            }
            assertEquals(expected, accepted, "region name '" + name.replace("\n", "\\n") + "'");
        }
        assertTrue(refused > 100 && refused < names.size() - 100, "both answers are exercised: " + refused
                + " refused of " + names.size());
    }

    @Test
    void theTwoDeliberateDifferencesAreWhatBotocoreAccepts() {
        List<?> botocore = (List<?>) Json.readJava(Python.run(ORACLE, Json.write(List.of("", "us-east-1\n"))));
        assertEquals(List.of(true, true), botocore, "botocore still accepts both; if not, drop the exceptions");
    }

    private static List<String> names() {
        List<String> out = new ArrayList<>(List.of("us-east-1", "eu-west-3", "cn-north-1", "us-gov-west-1",
                "aws-global", "local", "a", "1", "123", "12a", "a12", "-", "-a", "a-", "a--b", "us_east_1",
                "us east 1", "us.east.1", "US-EAST-1", "é", "us-east-1\n", "us-east-1\r\n", " us-east-1",
                "us-east-1 ", "x".repeat(63), "x".repeat(64), "1".repeat(63), "9-9", "0-", ""));
        Random random = new Random(20261204);
        String alphabet = "ab09-Z_. é";
        for (int i = 0; i < 400; i++) {
            int length = random.nextInt(12) + (i % 50 == 0 ? 55 : 0);
            StringBuilder b = new StringBuilder();
            for (int j = 0; j < length; j++) {
                // mostly letters, digits and '-', so that accepted names are common too
                b.append(random.nextInt(8) < 6 ? "abz019-".charAt(random.nextInt(7))
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            out.add(b.toString());
        }
        return out;
    }
}
