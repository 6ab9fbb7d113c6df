package io.boto4j.internal.logging;

import io.boto4j.model.OperationModel;
import java.util.Set;

/** The member names of an operation whose values no string may show (results' toString uses them). */
public final class SensitiveMembers {
    private SensitiveMembers() {
    }

    public static Set<String> of(OperationModel op) {
        return Redaction.of(op).names();
    }

    public static String mask() {
        return Redaction.MASK;
    }
}
