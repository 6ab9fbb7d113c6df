package io.boto4j.model;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** botocore's {@code xform_name}: CamelCase model names to boto3's snake_case names ({@code ListObjectsV2} to {@code list_objects_v2}). */
public final class Names {
    private static final Pattern FIRST_CAP = Pattern.compile("(.)([A-Z][a-z]+)");
    private static final Pattern END_CAP = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern ACRONYM_PLURAL = Pattern.compile("[A-Z]{2,}s$");
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    static {
        // Names whose rule-based form is not what boto3 publishes; botocore seeds its cache with the same answers.
        for (String[] fixed : new String[][] {
                {"CreateCachediSCSIVolume", "create_cached_iscsi_volume"},
                {"DescribeCachediSCSIVolumes", "describe_cached_iscsi_volumes"},
                {"DescribeStorediSCSIVolumes", "describe_stored_iscsi_volumes"},
                {"CreateStorediSCSIVolume", "create_stored_iscsi_volume"},
                {"ListHITsForQualificationType", "list_hits_for_qualification_type"},
                {"ExecutePartiQLStatement", "execute_partiql_statement"},
                {"ExecutePartiQLTransaction", "execute_partiql_transaction"},
                {"ExecutePartiQLBatch", "execute_partiql_batch"},
                {"GetOTelEnrichment", "get_otel_enrichment"},
                {"StartOTelEnrichment", "start_otel_enrichment"},
                {"StopOTelEnrichment", "stop_otel_enrichment"}}) {
            CACHE.put(fixed[0], fixed[1]);
        }
    }

    private Names() {
    }

    public static String xformName(String name) {
        if (name.indexOf('_') >= 0) {
            return name;
        }
        return CACHE.computeIfAbsent(name, Names::transform);
    }

    private static String transform(String name) {
        // "WhatsApp" is one word in every boto3 name that has it
        String s = name.replace("WhatsApp", "Whatsapp");
        Matcher plural = ACRONYM_PLURAL.matcher(s);
        if (plural.find()) {
            String m = plural.group();
            s = s.substring(0, s.length() - m.length()) + "_" + m.toLowerCase(Locale.ROOT);
        }
        s = FIRST_CAP.matcher(s).replaceAll("$1_$2");
        return END_CAP.matcher(s).replaceAll("$1_$2").toLowerCase(Locale.ROOT);
    }
}
