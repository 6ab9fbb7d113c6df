package io.boto4j.model;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * botocore's {@code xform_name}: CamelCase model names to boto3's snake_case names ({@code ListObjectsV2} to
 * {@code list_objects_v2}). The rules alone get a few published names wrong, so botocore pins those names to
 * fixed answers; the same names are pinned here, and the equality with botocore is checked against every
 * operation of every bundled model by {@code ModelLoadingTest}.
 */
public final class Names {

    /** Names whose rule-based form differs from the one boto3 publishes, with the published words. */
    private static final Map<String, String[]> PINNED = Map.ofEntries(
            pin("CreateCachediSCSIVolume", "create", "cached", "iscsi", "volume"),
            pin("DescribeCachediSCSIVolumes", "describe", "cached", "iscsi", "volumes"),
            pin("DescribeStorediSCSIVolumes", "describe", "stored", "iscsi", "volumes"),
            pin("CreateStorediSCSIVolume", "create", "stored", "iscsi", "volume"),
            pin("ListHITsForQualificationType", "list", "hits", "for", "qualification", "type"),
            pin("ExecutePartiQLStatement", "execute", "partiql", "statement"),
            pin("ExecutePartiQLTransaction", "execute", "partiql", "transaction"),
            pin("ExecutePartiQLBatch", "execute", "partiql", "batch"),
            pin("AssociateWhatsAppBusinessAccount", "associate", "whatsapp", "business", "account"),
            pin("CreateWhatsAppMessageTemplate", "create", "whatsapp", "message", "template"),
            pin("CreateWhatsAppMessageTemplateFromLibrary", "create", "whatsapp", "message", "template", "from",
                    "library"),
            pin("CreateWhatsAppMessageTemplateMedia", "create", "whatsapp", "message", "template", "media"),
            pin("DeleteWhatsAppMessageMedia", "delete", "whatsapp", "message", "media"),
            pin("DeleteWhatsAppMessageTemplate", "delete", "whatsapp", "message", "template"),
            pin("DisassociateWhatsAppBusinessAccount", "disassociate", "whatsapp", "business", "account"),
            pin("GetLinkedWhatsAppBusinessAccount", "get", "linked", "whatsapp", "business", "account"),
            pin("GetLinkedWhatsAppBusinessAccountPhoneNumber", "get", "linked", "whatsapp", "business", "account",
                    "phone", "number"),
            pin("GetOTelEnrichment", "get", "otel", "enrichment"),
            pin("GetWhatsAppMessageMedia", "get", "whatsapp", "message", "media"),
            pin("GetWhatsAppMessageTemplate", "get", "whatsapp", "message", "template"),
            pin("ListLinkedWhatsAppBusinessAccounts", "list", "linked", "whatsapp", "business", "accounts"),
            pin("ListWhatsAppMessageTemplates", "list", "whatsapp", "message", "templates"),
            pin("ListWhatsAppTemplateLibrary", "list", "whatsapp", "template", "library"),
            pin("PostWhatsAppMessageMedia", "post", "whatsapp", "message", "media"),
            pin("PutWhatsAppBusinessAccountEventDestinations", "put", "whatsapp", "business", "account", "event",
                    "destinations"),
            pin("SendWhatsAppMessage", "send", "whatsapp", "message"),
            pin("StartOTelEnrichment", "start", "otel", "enrichment"),
            pin("StopOTelEnrichment", "stop", "otel", "enrichment"),
            pin("UpdateWhatsAppMessageTemplate", "update", "whatsapp", "message", "template"));

    private static final Map<String, String> SNAKE = new ConcurrentHashMap<>();
    private static final Map<String, String> KEBAB = new ConcurrentHashMap<>();

    private Names() {
    }

    private static Map.Entry<String, String[]> pin(String name, String... words) {
        return Map.entry(name, words);
    }

    /** The snake_case form; a name that already contains {@code _} is returned as it is. */
    public static String xformName(String name) {
        return xformName(name, '_');
    }

    /** The form with the given separator ({@code _} for boto3 methods, {@code -} for CLI commands). */
    public static String xformName(String name, char sep) {
        if (name.indexOf(sep) >= 0) {
            return name;
        }
        Map<String, String> cache = sep == '_' ? SNAKE : sep == '-' ? KEBAB : null;
        if (cache == null) {
            return transform(name, sep);
        }
        String cached = cache.get(name);
        if (cached == null) {
            cached = transform(name, sep);
            // Bounded: names come from models, but user input reaches here too (unknown operation names).
            if (cache.size() < 100_000) {
                cache.putIfAbsent(name, cached);
            }
        }
        return cached;
    }

    /**
     * botocore's three regular expressions, applied as loops: {@code [A-Z]{2,}s$} (a plural acronym, "ARNs"),
     * {@code (.)([A-Z][a-z]+)} and {@code ([a-z0-9])([A-Z])}, each substitution leftmost first and without overlap,
     * as {@code re.sub} does. By hand because a process's first call by a snake_case name transforms every
     * operation of its service, and the regex engine in a fresh JVM cost that call some 20 ms.
     * {@code NamesTest} holds these loops to the regular expressions.
     */
    private static String transform(String name, char sep) {
        String[] pinned = PINNED.get(name);
        if (pinned != null) {
            return String.join(String.valueOf(sep), pinned);
        }
        String s = splitPluralAcronym(name, sep);
        s = splitBeforeCapitalizedWords(s, sep);
        return splitLowerFromUpper(s, sep).toLowerCase(Locale.ROOT);
    }

    /**
     * {@code [A-Z]{2,}s$}: a final 's' after two or more capitals becomes sep + the lower-cased run. As the
     * regex's {@code $}, the end may be before a final line terminator, which the substitution then drops.
     */
    private static String splitPluralAcronym(String s, char sep) {
        int n = s.length();
        int end = n;
        if (n >= 2 && s.charAt(n - 2) == '\r' && s.charAt(n - 1) == '\n') {
            end = n - 2;
        } else if (n >= 1 && isLineTerminator(s.charAt(n - 1))) {
            end = n - 1;
        }
        if (end < 3 || s.charAt(end - 1) != 's') {
            return s;
        }
        int start = end - 1;
        while (start > 0 && isUpper(s.charAt(start - 1))) {
            start--;
        }
        if (end - 1 - start < 2) {
            return s;
        }
        return s.substring(0, start) + sep + s.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** {@code (.)([A-Z][a-z]+)} to {@code \1 sep \2}: a separator before each capitalized word after a character. */
    private static String splitBeforeCapitalizedWords(String s, char sep) {
        StringBuilder out = null;
        int n = s.length();
        int copied = 0;
        int p = 0;
        while (p + 2 < n) {
            if (!isLineTerminator(s.charAt(p)) && isUpper(s.charAt(p + 1)) && isLower(s.charAt(p + 2))) {
                int end = p + 3;
                while (end < n && isLower(s.charAt(end))) {
                    end++;
                }
                if (out == null) {
                    out = new StringBuilder(n + 8);
                }
                out.append(s, copied, p + 1).append(sep).append(s, p + 1, end);
                copied = end;
                p = end;
            } else {
                p++;
            }
        }
        return out == null ? s : out.append(s, copied, n).toString();
    }

    /** {@code ([a-z0-9])([A-Z])} to {@code \1 sep \2}. */
    private static String splitLowerFromUpper(String s, char sep) {
        StringBuilder out = null;
        int n = s.length();
        int copied = 0;
        int p = 0;
        while (p + 1 < n) {
            char c = s.charAt(p);
            if ((isLower(c) || c >= '0' && c <= '9') && isUpper(s.charAt(p + 1))) {
                if (out == null) {
                    out = new StringBuilder(n + 8);
                }
                out.append(s, copied, p + 1).append(sep).append(s.charAt(p + 1));
                copied = p + 2;
                p += 2;
            } else {
                p++;
            }
        }
        return out == null ? s : out.append(s, copied, n).toString();
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** What a regex's {@code .} does not match. */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
