package io.boto4j.model;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * botocore's {@code xform_name}: CamelCase model names to boto3's snake_case names ({@code ListObjectsV2} to
 * {@code list_objects_v2}). The rules alone get a few published names wrong, so botocore pins those names to
 * fixed answers; the same names are pinned here, and the equality with botocore is checked against every
 * operation of every bundled model by {@code ModelLoadingTest}.
 */
public final class Names {
    private static final Pattern FIRST_CAP = Pattern.compile("(.)([A-Z][a-z]+)");
    private static final Pattern END_CAP = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern ACRONYM_PLURAL = Pattern.compile("[A-Z]{2,}s$");

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

    private static String transform(String name, char sep) {
        String[] pinned = PINNED.get(name);
        if (pinned != null) {
            return String.join(String.valueOf(sep), pinned);
        }
        String s = name;
        var plural = ACRONYM_PLURAL.matcher(s);
        if (plural.find()) {
            s = s.substring(0, plural.start()) + sep + plural.group().toLowerCase(Locale.ROOT);
        }
        String replacement = "$1" + (sep == '$' || sep == '\\' ? "\\" + sep : String.valueOf(sep)) + "$2";
        s = FIRST_CAP.matcher(s).replaceAll(replacement);
        return END_CAP.matcher(s).replaceAll(replacement).toLowerCase(Locale.ROOT);
    }
}
