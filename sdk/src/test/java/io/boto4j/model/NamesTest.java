package io.boto4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.internal.loader.Loader;
import io.boto4j.internal.loader.ServiceData;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Names#xformName} by loops against the regular expressions it replaces (botocore's, as boto4j applied them
 * before), on every shape and member name of the bundled S3, EC2 and IAM models, on names botocore special-cases,
 * and on random strings. {@code ModelLoadingTest} holds every operation name of every model to botocore itself.
 */
class NamesTest {
    private static final Pattern FIRST_CAP = Pattern.compile("(.)([A-Z][a-z]+)");
    private static final Pattern END_CAP = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern ACRONYM_PLURAL = Pattern.compile("[A-Z]{2,}s$");
    private static final String ALPHABET = "AZBSsazbx09_-. \n\r\u2028";
    private static final Loader LOADER = Loader.create(List.of(), null, true);

    /** The regular-expression form, unpinned and uncached. */
    private static String byRegex(String name, char sep) {
        String s = name;
        Matcher plural = ACRONYM_PLURAL.matcher(s);
        if (plural.find()) {
            s = s.substring(0, plural.start()) + sep + plural.group().toLowerCase(Locale.ROOT);
        }
        String replacement = "$1" + (sep == '$' || sep == '\\' ? "\\" + sep : String.valueOf(sep)) + "$2";
        s = FIRST_CAP.matcher(s).replaceAll(replacement);
        return END_CAP.matcher(s).replaceAll(replacement).toLowerCase(Locale.ROOT);
    }

    @Test
    void everyShapeAndMemberNameOfThreeLargeModelsTransformsAsTheRegexesDo() {
        int checked = 0;
        for (String service : new String[] {"s3", "ec2", "iam"}) {
            ServiceData data = LOADER.loadServiceData(service, "service-2", null);
            ServiceModel model = ServiceModel.parse(service, data.bytes(), data.origin(), data.extras());
            for (String shapeName : model.shapeNames()) {
                checked += check(shapeName);
                if (model.shape(shapeName) instanceof StructureShape structure) {
                    for (String member : structure.members().keySet()) {
                        checked += check(member);
                    }
                }
            }
        }
        assertTrue(checked > 10_000, "names checked: " + checked);
    }

    @Test
    void randomStringsTransformAsTheRegexesDo() {
        Random random = new Random(20261208);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            check(b.toString());
        }
    }

    @Test
    void pluralAcronymsAndTheNamesBotocorePinsKeepTheirPublishedForms() {
        assertEquals("list_arns", Names.xformName("ListARNs"));
        assertEquals("describe_db_instances", Names.xformName("DescribeDBInstances"));
        assertEquals("list_objects_v2", Names.xformName("ListObjectsV2"));
        assertEquals("create_cached_iscsi_volume", Names.xformName("CreateCachediSCSIVolume"));
        assertEquals("get-object", Names.xformName("GetObject", '-'));
        assertEquals("already_snake", Names.xformName("already_snake"));
    }

    private static int check(String name) {
        for (char sep : new char[] {'_', '-', '$'}) {
            if (name.indexOf(sep) < 0) {
                assertEquals(byRegex(name, sep), Names.xformName(name, sep),
                        "'" + name.replace("\n", "\\n").replace("\r", "\\r") + "' with '" + sep + "'");
            }
        }
        return 1;
    }
}
