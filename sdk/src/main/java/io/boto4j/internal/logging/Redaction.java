package io.boto4j.internal.logging;

import io.boto4j.model.ListShape;
import io.boto4j.model.MapShape;
import io.boto4j.model.OperationModel;
import io.boto4j.model.Shape;
import io.boto4j.model.StructureShape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one operation's wire log must not show, and the text with it replaced by {@value #MASK}. Names come from
 * the model (every member whose shape, or anything inside it, is {@code sensitive}, by member, wire and query name)
 * plus the credential fields that appear in responses whatever the model says. Bodies are capped before they are
 * redacted, so each pattern also matches a value the cap cut short.
 */
final class Redaction {
    static final String MASK = "***";

    /** Headers that carry credentials or keys on every service. */
    private static final Set<String> ALWAYS_HEADERS = Set.of("authorization", "x-amz-security-token",
            "x-amz-server-side-encryption-customer-key", "x-amz-copy-source-server-side-encryption-customer-key",
            "x-amz-server-side-encryption-customer-key-md5", "proxy-authorization", "cookie", "set-cookie");

    /** Credential members of STS, SSO, Cognito and IAM responses, redacted even where the model does not mark them. */
    private static final List<String> ALWAYS_NAMES = List.of("SecretAccessKey", "SessionToken", "secretAccessKey",
            "sessionToken", "SecretKey", "Password", "accessToken", "refreshToken", "clientSecret", "AccessToken",
            "RefreshToken", "IdToken");

    /** A presigned URL's signature and credential, wherever it appears (a URL, or a URL inside a body, encoded). */
    private static final Pattern PRESIGNED = Pattern.compile(
            "(?i)((?:X-Amz-(?:Signature|Credential|Security-Token)|Signature|AWSAccessKeyId|x-amz-security-token)"
                    + "(?:=|%3D))((?:(?!&|%26)[^\\s\"'<])*)");

    private static final Map<OperationModel, Redaction> CACHE = Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private final Set<String> names;
    private final Set<String> headers;
    private final List<Pattern> bodyPatterns;

    private Redaction(Set<String> names, Set<String> headers, List<Pattern> bodyPatterns) {
        this.names = names;
        this.headers = headers;
        this.bodyPatterns = bodyPatterns;
    }

    /** Member names whose values are masked: the model's sensitive members and the credential fields. */
    Set<String> names() {
        return names;
    }

    static Redaction of(OperationModel op) {
        return CACHE.computeIfAbsent(op, Redaction::derive);
    }

    private static Redaction derive(OperationModel op) {
        Set<String> names = new LinkedHashSet<>(ALWAYS_NAMES);
        Set<String> headerNames = new LinkedHashSet<>(ALWAYS_HEADERS);
        Map<Shape, Boolean> seen = new IdentityHashMap<>();
        List<StructureShape> roots = new ArrayList<>();
        if (op.inputShape() != null) {
            roots.add(op.inputShape());
        }
        if (op.outputShape() != null) {
            roots.add(op.outputShape());
        }
        roots.addAll(op.errorShapes());
        for (StructureShape root : roots) {
            collect(root, names, headerNames, seen);
        }
        List<Pattern> patterns = new ArrayList<>();
        for (String n : names) {
            String q = Pattern.quote(n);
            // JSON member (string to its closing quote or the cut, or any other scalar)
            patterns.add(Pattern.compile("(\"" + q + "\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*(?:\"|$)|[^,}\\]\\s]+)"));
            // XML element (its text up to the next tag or the cut)
            patterns.add(Pattern.compile("(<" + q + "(?:\\s[^>]*)?>)([^<]*)"));
            // query / form field, possibly nested (Foo.member.1.Password=...)
            patterns.add(Pattern.compile("((?:^|&)(?:[^=&]*\\.)?" + q + "=)([^&]*)"));
        }
        return new Redaction(Set.copyOf(names), Set.copyOf(headerNames), List.copyOf(patterns));
    }

    private static void collect(Shape shape, Set<String> names, Set<String> headerNames, Map<Shape, Boolean> seen) {
        if (shape instanceof StructureShape s) {
            if (seen.put(s, Boolean.TRUE) != null) {
                return;
            }
            for (Map.Entry<String, Shape> m : s.members().entrySet()) {
                Shape member = m.getValue();
                if (containsSensitive(member, new IdentityHashMap<>())) {
                    names.add(m.getKey());
                    if (member.locationName() != null) {
                        names.add(member.locationName());
                    }
                    if (member.queryName() != null) {
                        names.add(member.queryName());
                    }
                    if ("header".equals(member.location()) && member.locationName() != null) {
                        headerNames.add(member.locationName().toLowerCase(Locale.ROOT));
                    }
                }
                collect(member, names, headerNames, seen);
            }
        } else if (shape instanceof ListShape l) {
            collect(l.member(), names, headerNames, seen);
        } else if (shape instanceof MapShape m) {
            collect(m.value(), names, headerNames, seen);
        }
    }

    private static boolean containsSensitive(Shape shape, Map<Shape, Boolean> seen) {
        if (shape == null) {
            return false;
        }
        if (shape.isSensitive()) {
            return true;
        }
        if (seen.put(shape, Boolean.TRUE) != null) {
            return false;
        }
        // only a sensitive scalar, list or map is masked whole; a structure holding one is masked member by member
        if (shape instanceof ListShape l) {
            return containsSensitive(l.member(), seen);
        }
        if (shape instanceof MapShape m) {
            return containsSensitive(m.value(), seen) || containsSensitive(m.key(), seen);
        }
        return false;
    }

    boolean isSensitiveHeader(String name) {
        return headers.contains(name.toLowerCase(Locale.ROOT));
    }

    String header(String name, String value) {
        return isSensitiveHeader(name) ? MASK : presigned(value);
    }

    static String presigned(String text) {
        return PRESIGNED.matcher(text).replaceAll("$1" + MASK);
    }

    String body(String text) {
        String out = presigned(text);
        for (Pattern p : bodyPatterns) {
            Matcher m = p.matcher(out);
            if (m.find()) {
                out = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1)) + (r.group(2).startsWith("\"")
                        ? "\"" + MASK + "\"" : MASK));
            }
        }
        return out;
    }
}
