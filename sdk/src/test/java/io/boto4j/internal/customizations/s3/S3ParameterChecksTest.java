package io.boto4j.internal.customizations.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written bucket-name check against botocore's regex, which it replaces on every call. */
class S3ParameterChecksTest {
    private static final Pattern BOTOCORE = Pattern.compile("^[a-zA-Z0-9.\\-_]{1,255}$");
    private static final String ALPHABET = "azAZ09.-_/:?#@ \n\té%[]";

    @Test
    void plainBucketNamesAreThoseBotocoresRegexAccepts() {
        Random random = new Random(8);
        int accepted = 0;
        for (int i = 0; i < 20_000; i++) {
            int length = random.nextInt(10) == 0 ? 250 + random.nextInt(10) : random.nextInt(12);
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < length; k++) {
                b.append(random.nextInt(4) == 0 ? ALPHABET.charAt(random.nextInt(ALPHABET.length()))
                        : (char) ('a' + random.nextInt(26)));
            }
            String name = b.toString();
            boolean expected = BOTOCORE.matcher(name).matches();
            assertEquals(expected, S3ParameterChecks.plainBucketName(name), "'" + name + "'");
            accepted += expected ? 1 : 0;
        }
        assertTrue(accepted > 1_000 && accepted < 19_000, "both answers were exercised: " + accepted + " accepted");
    }
}
