package io.boto4j.config;

import io.boto4j.exception.ConfigParseError;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an INI file the way botocore does (Python's {@code RawConfigParser} in strict mode, then botocore's nested
 * sub-section rule): full-line {@code #}/{@code ;} comments only, {@code =} or {@code :} delimiters, lower-cased
 * keys, indented continuation lines, a {@code [DEFAULT]} section whose keys every section inherits, and an error on
 * a duplicate section or key within one file. Errors name the file and line but never echo the line, which may
 * hold a secret.
 */
final class IniParser {
    private static final String DEFAULT_SECTION = "DEFAULT";

    private final Path file;

    private IniParser(Path file) {
        this.file = file;
    }

    /** Section name to (key to value); a value is a String, or a Map of strings for a nested sub-section. */
    static Map<String, Map<String, Object>> parse(Path file, byte[] bytes, boolean parseSubsections) {
        return new IniParser(file).run(decode(file, bytes), parseSubsections);
    }

    private static String decode(Path file, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigParseError("Unable to parse config file: " + file + ": the file is not valid UTF-8 text");
        }
    }

    /**
     * One key's value while it is being read: its first line and any continuation lines, with where each of those
     * came from (a nested setting's error names its line). Most values are one line, so the lists exist only for
     * the others (SSO tools write configs of hundreds of profiles, each read by every session).
     */
    private static final class PendingValue {
        final String first;
        List<String> more;
        List<Integer> moreLines;

        PendingValue(String first) {
            this.first = first;
        }

        void add(String line, int lineNo) {
            if (more == null) {
                more = new ArrayList<>();
                moreLines = new ArrayList<>();
            }
            more.add(line);
            moreLines.add(lineNo);
        }
    }

    private Map<String, Map<String, Object>> run(String text, boolean parseSubsections) {
        Map<String, Map<String, PendingValue>> sections = new LinkedHashMap<>();
        Map<String, PendingValue> defaults = new LinkedHashMap<>();
        Set<String> seenSections = new HashSet<>();
        Set<String> seenKeys = new HashSet<>();
        Map<String, PendingValue> current = null;
        String sectionName = null;
        PendingValue currentValue = null;
        int indentLevel = 0;
        int firstErrorLine = -1;
        String firstError = null;
        int lineNo = 0;
        // lines end at \r\n, \r or \n; a final line break is followed by one more, empty, line
        for (int pos = 0, n = text.length(); pos <= n; ) {
            int end = pos;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String raw = text.substring(pos, end);
            pos = end + (end + 1 < n && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n' ? 2 : 1);
            lineNo++;
            String stripped = raw.strip();
            boolean comment = stripped.startsWith("#") || stripped.startsWith(";");
            String value = comment ? "" : stripped;
            if (value.isEmpty()) {
                // blank lines inside a value belong to it (trailing ones are trimmed at the end)
                if (!comment && current != null && currentValue != null) {
                    currentValue.add("", lineNo);
                }
                continue;
            }
            int indent = indentOf(raw);
            if (current != null && currentValue != null && indent > indentLevel) {
                currentValue.add(value, lineNo);
                continue;
            }
            indentLevel = indent;
            if (value.startsWith("[") && value.indexOf(']', 1) > 1) {
                String name = value.substring(1, value.lastIndexOf(']'));
                if (sections.containsKey(name)) {
                    if (seenSections.contains(name)) {
                        throw error(lineNo, "section [" + name + "] appears twice");
                    }
                    current = sections.get(name);
                } else if (name.equals(DEFAULT_SECTION)) {
                    current = defaults;
                } else {
                    current = new LinkedHashMap<>();
                    sections.put(name, current);
                }
                seenSections.add(name);
                sectionName = name;
                currentValue = null;
            } else if (current == null) {
                throw error(lineNo, "a key appears before any [section] header");
            } else {
                int delim = firstDelimiter(value);
                String key = delim < 0 ? "" : value.substring(0, delim).strip();
                if (key.isEmpty()) {
                    if (firstError == null) {
                        firstError = delim < 0 ? "expected 'key = value'" : "a line has a value but no key";
                        firstErrorLine = lineNo;
                    }
                    continue;
                }
                key = key.toLowerCase(java.util.Locale.ROOT);
                if (!seenKeys.add(sectionName + "\u0000" + key)) {
                    throw error(lineNo, "key '" + key + "' appears twice in section [" + sectionName + "]");
                }
                currentValue = new PendingValue(value.substring(delim + 1).strip());
                current.put(key, currentValue);
            }
        }
        if (firstError != null) {
            throw error(firstErrorLine, firstError);
        }
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, PendingValue>> section : sections.entrySet()) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (Map.Entry<String, PendingValue> e : section.getValue().entrySet()) {
                values.put(e.getKey(), finish(e.getValue(), parseSubsections));
            }
            for (Map.Entry<String, PendingValue> e : defaults.entrySet()) {
                values.putIfAbsent(e.getKey(), finish(e.getValue(), parseSubsections));
            }
            out.put(section.getKey(), values);
        }
        return out;
    }

    private Object finish(PendingValue pending, boolean parseSubsections) {
        if (pending.more == null) {
            return pending.first;
        }
        List<String> lines = new ArrayList<>(pending.more.size() + 1);
        lines.add(pending.first);
        lines.addAll(pending.more);
        String joined = String.join("\n", lines).stripTrailing();
        if (!parseSubsections || !joined.startsWith("\n")) {
            return joined;
        }
        Map<String, String> nested = new LinkedHashMap<>();
        for (int i = 0; i < pending.more.size(); i++) {
            String line = pending.more.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw error(pending.moreLines.get(i), "a nested setting lacks '=' (expected 'key = value')");
            }
            nested.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return nested;
    }

    private static int firstDelimiter(String value) {
        int eq = value.indexOf('=');
        int colon = value.indexOf(':');
        if (eq < 0) {
            return colon;
        }
        return colon < 0 ? eq : Math.min(eq, colon);
    }

    private static int indentOf(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!Character.isWhitespace(line.charAt(i))) {
                return i;
            }
        }
        return 0;
    }

    private ConfigParseError error(int line, String reason) {
        return new ConfigParseError("Unable to parse config file: " + file + ", line " + line + ": " + reason);
    }
}
