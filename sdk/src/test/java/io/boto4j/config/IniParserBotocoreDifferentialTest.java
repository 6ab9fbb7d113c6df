package io.boto4j.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.exception.ConfigParseError;
import io.boto4j.internal.json.ArrayNode;
import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.JsonTrees;
import io.boto4j.testsupport.Python;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared-file parser against botocore's own ({@code configloader.raw_config_parse}, Python's
 * {@code RawConfigParser} plus the nested sub-section rule) on generated files: sections (repeated, {@code DEFAULT}),
 * both delimiters, comments, blank and whitespace lines, continuation and nested lines, keys without values or
 * values without keys, and {@code \n}, {@code \r\n} and {@code \r} line ends mixed in one file. Each file must give
 * the same sections and values, or an error on both sides.
 */
class IniParserBotocoreDifferentialTest {
    private static final int FILES = 400;
    private static final String[] ENDS = {"\n", "\n", "\n", "\r\n", "\r"};
    private static final String[] SECTIONS = {"default", "profile dev", "profile prod", "DEFAULT",
        "sso-session corp", "services local", "profile  spaced ", "plain"};
    private static final String[] KEYS = {"region", "Output", "s3", "role_arn", "max_attempts", "sso_start_url",
        "aws_secret_access_key", "source_profile", "retry_mode", "ca_bundle", "endpoint_url", "sso_region",
        "credential_process", "duration_seconds", "REGION", "parameter_validation"};
    private static final String[] VALUES = {"us-east-1", "json", "arn:aws:iam::123456789012:role/x", "5",
        "https://corp.example/start#frag", "a = b", "tabbed\tvalue", "", "  spaced  ", "trailing ; not a comment"};

    @TempDir
    Path dir;

    @Test
    void generatedFilesParseAsBotocoreParsesThem() throws Exception {
        Random random = new Random(20261208);
        List<String> paths = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            byte[] text = file(random).getBytes(StandardCharsets.UTF_8);
            Path p = dir.resolve("config-" + i);
            Files.write(p, text);
            paths.add(p.toString());
            contents.add(text);
        }
        ArrayNode expected = (ArrayNode) JsonTrees.read(Python.run(String.join("\n",
                "import json, sys",
                "from botocore import configloader",
                "out = []",
                "for path in json.load(sys.stdin):",
                "    try:",
                "        out.append({'sections': configloader.raw_config_parse(path, parse_subsections=True)})",
                "    except Exception as e:",
                "        out.append({'error': type(e).__name__})",
                "print(json.dumps(out))"), JsonTrees.fromJava(paths).toString()));
        int parsed = 0;
        int refused = 0;
        for (int i = 0; i < FILES; i++) {
            JsonNode botocore = expected.get(i);
            String shown = "file " + i + " (" + visible(contents.get(i)) + ")";
            Map<String, Map<String, Object>> ours;
            try {
                ours = ProfileFile.rawSections(Path.of(paths.get(i)), contents.get(i), true);
            } catch (ConfigParseError e) {
                assertTrue(botocore.has("error"), shown + ": boto4j refused it (" + e.getMessage()
                        + ") and botocore read " + botocore);
                refused++;
                continue;
            }
            assertTrue(botocore.has("sections"), shown + ": botocore refused it (" + botocore + ") and boto4j read "
                    + ours);
            assertEquals(botocore.get("sections"), JsonTrees.fromJava(ours), shown);
            parsed++;
        }
        // the generator must exercise both outcomes, or the comparison proves little
        assertTrue(parsed > FILES / 3 && refused > FILES / 20, "parsed " + parsed + ", refused " + refused);
    }

    private static String file(Random random) {
        StringBuilder b = new StringBuilder();
        int lines = 1 + random.nextInt(14);
        boolean inSection = random.nextInt(10) > 0;
        if (inSection) {
            b.append('[').append(pick(random, SECTIONS)).append(']').append(pick(random, ENDS));
        }
        for (int i = 0; i < lines; i++) {
            switch (random.nextInt(12)) {
                case 0 -> b.append('[').append(pick(random, SECTIONS)).append(']');
                case 1 -> b.append(random.nextBoolean() ? "# " : "; ").append(pick(random, VALUES));
                case 2 -> b.append(random.nextBoolean() ? "" : " \t ");
                case 3 -> b.append(pick(random, KEYS)).append(" =");
                case 4 -> b.append(random.nextBoolean() ? "  " : "\t").append(pick(random, KEYS)).append(" = ")
                        .append(pick(random, VALUES));
                case 5 -> b.append("    ").append(pick(random, VALUES));
                case 6 -> b.append(random.nextInt(20) == 0 ? "= orphan value" : pick(random, KEYS) + ": "
                        + pick(random, VALUES));
                case 7 -> b.append(random.nextInt(15) == 0 ? "no delimiter here" : pick(random, KEYS) + "="
                        + pick(random, VALUES));
                default -> b.append(pick(random, KEYS)).append(" = ").append(pick(random, VALUES));
            }
            b.append(pick(random, ENDS));
        }
        return random.nextInt(5) == 0 ? b.substring(0, b.length() - 1) : b.toString();
    }

    private static String pick(Random random, String[] from) {
        return from[random.nextInt(from.length)];
    }

    private static String visible(byte[] text) {
        return new String(text, StandardCharsets.UTF_8).replace("\r", "\\r").replace("\n", "\\n")
                .replace("\t", "\\t");
    }
}
