package io.boto4j.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.boto4j.testsupport.Python;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The string literals {@link JsonStrings} writes, against the writers they must match: Jackson's generator for
 * {@code quoteAsJackson}, Python's {@code json.dumps} (with and without {@code ensure_ascii}) for
 * {@code quoteAsPython}, on generated strings of every kind of character: the short escapes, other controls, DEL,
 * Latin-1, the rest of the BMP and characters beyond it.
 */
class JsonStringsTest {
    private static final int STRINGS = 3_000;
    private static final int[] SPECIAL = {'"', '\\', '/', '\n', '\r', '\t', '\b', '\f', 0, 0x1f, 0x7e, 0x7f, 0x80, 0xe9,
        0x2028, 0xfeff, 0x1f600};

    @Test
    void literalsAreJacksonsAndPythonsForEveryKindOfCharacter() {
        List<int[]> strings = generated();
        List<Object> codePoints = new ArrayList<>();
        for (int[] s : strings) {
            List<Integer> cps = new ArrayList<>();
            for (int cp : s) {
                cps.add(cp);
            }
            codePoints.add(cps);
        }
        ArrayNode python = (ArrayNode) JsonTrees.read(Python.run(String.join("\n",
                "import json, sys",
                "out = []",
                "for cps in json.load(sys.stdin):",
                "    s = ''.join(map(chr, cps))",
                "    out.append([json.dumps(s, ensure_ascii=True), json.dumps(s, ensure_ascii=False)])",
                "print(json.dumps(out))"), JsonTrees.fromJava(codePoints).toString()));
        assertEquals(STRINGS, python.size(), "python answered for every string");
        for (int i = 0; i < STRINGS; i++) {
            String s = new String(strings.get(i), 0, strings.get(i).length);
            assertEquals(jackson(s), quoted(s, Dialect.JACKSON), "Jackson, string " + i);
            assertEquals(python.get(i).get(0).asString(), quoted(s, Dialect.PYTHON_ASCII), "ensure_ascii, string " + i);
            assertEquals(python.get(i).get(1).asString(), quoted(s, Dialect.PYTHON), "python, string " + i);
        }
    }

    private enum Dialect { JACKSON, PYTHON, PYTHON_ASCII }

    private static String quoted(String s, Dialect d) {
        StringBuilder sb = new StringBuilder("x");
        switch (d) {
            case JACKSON -> JsonStrings.quoteAsJackson(s, sb);
            case PYTHON -> JsonStrings.quoteAsPython(s, sb, false);
            default -> JsonStrings.quoteAsPython(s, sb, true);
        }
        assertEquals('x', sb.charAt(0), "appends to what the builder holds");
        return sb.substring(1);
    }

    private static String jackson(String s) {
        try {
            return Json.mapper().writeValueAsString(s);
        } catch (tools.jackson.core.JacksonException e) {
            throw new AssertionError(e);
        }
    }

    private static List<int[]> generated() {
        Random random = new Random(20261208);
        List<int[]> out = new ArrayList<>();
        out.add(new int[0]);
        while (out.size() < STRINGS) {
            int[] s = new int[random.nextInt(10)];
            for (int k = 0; k < s.length; k++) {
                s[k] = switch (random.nextInt(6)) {
                    case 0 -> SPECIAL[random.nextInt(SPECIAL.length)];
                    case 1 -> random.nextInt(0x20);
                    case 2 -> 0x80 + random.nextInt(0x80);
                    case 3 -> 0x100 + random.nextInt(0xd800 - 0x100);
                    case 4 -> 0x10000 + random.nextInt(0x100000);
                    default -> 0x20 + random.nextInt(0x5f);
                };
            }
            out.add(s);
        }
        return out;
    }
}
