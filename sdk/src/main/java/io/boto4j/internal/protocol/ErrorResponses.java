package io.boto4j.internal.protocol;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Building blocks of boto3's error map: the generic error, code normalisation, body snippets. */
public final class ErrorResponses {
    private static final int SNIPPET_BYTES = 1024;
    private static final String SECRET_NAME = "[A-Za-z0-9_.:-]*(?i:secret|token|password|passwd|credential|privatekey)[A-Za-z0-9_.-]*";
    // error path only: a body quoted in a message must not leak credentials (a credentials answer cut short, say)
    private static final Pattern XML_SECRET = Pattern.compile("(<" + SECRET_NAME + "(?:\\s[^>]*)?>)[^<]*");
    private static final Pattern JSON_SECRET = Pattern.compile("(\"" + SECRET_NAME + "\"\\s*:\\s*\")[^\"]*");

    private ErrorResponses() {
    }

    /**
     * The error botocore makes when the body says nothing usable: Code is the status as text, Message the reason
     * phrase. A body that could not be parsed is kept (its first KB) under {@code Error.RawBody}.
     */
    public static Map<String, Object> generic(int status, byte[] unparsableBody) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("Code", Integer.toString(status));
        error.put("Message", ReasonPhrases.of(status));
        if (unparsableBody != null && unparsableBody.length > 0) {
            error.put("RawBody", snippet(unparsableBody));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("Error", error);
        out.put(ResponseMetadata.KEY, new LinkedHashMap<String, Object>());
        return out;
    }

    /** The status's reason phrase, as Python's http.client has it ("" when unknown). */
    public static String reasonPhrase(int status) {
        return ReasonPhrases.of(status);
    }

    /** An {@code Error} map with Code and Message set to empty strings, as botocore starts from. */
    public static Map<String, Object> emptyError() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("Code", "");
        error.put("Message", "");
        return error;
    }

    /** Strips the namespace ({@code aws.protocoltests#}) and the suffix after {@code :} from an error code. */
    public static String normalizeCode(String code) {
        if (code == null) {
            return null;
        }
        int colon = code.indexOf(':');
        if (colon >= 0) {
            code = code.substring(0, colon);
        }
        int hash = code.lastIndexOf('#');
        if (hash >= 0) {
            code = code.substring(hash + 1);
        }
        return code;
    }

    /**
     * Applies {@code x-amzn-query-error: Code;Type} of services that moved from the query protocol: the query code
     * becomes Code (so modeled errors match their old names) and the original goes to QueryErrorCode.
     */
    public static String queryCompatibleCode(String code, String headerValue, Map<String, Object> error) {
        if (headerValue == null) {
            return code;
        }
        int semi = headerValue.indexOf(';');
        if (semi <= 0 || headerValue.indexOf(';', semi + 1) >= 0) {
            return code;
        }
        error.put("QueryErrorCode", code);
        error.put("Type", headerValue.substring(semi + 1));
        return headerValue.substring(0, semi);
    }

    /** The Code of an error map, or null. */
    public static String code(Map<String, Object> errorResponse) {
        Object e = errorResponse.get("Error");
        if (e instanceof Map<?, ?> m && m.get("Code") != null) {
            String c = m.get("Code").toString();
            return c.isEmpty() ? null : c;
        }
        return null;
    }

    /**
     * The first KB of a body as text, for messages, with the values of secret-looking elements and fields
     * (secret keys, tokens, passwords, credentials) replaced by {@code ***}.
     */
    public static String snippet(byte[] body) {
        if (body == null || body.length == 0) {
            return "<empty>";
        }
        int n = Math.min(body.length, SNIPPET_BYTES);
        String s = redact(new String(body, 0, n, StandardCharsets.UTF_8));
        return n < body.length ? s + "...(" + (body.length - n) + " more bytes)" : s;
    }

    static String redact(String text) {
        String out = XML_SECRET.matcher(text).replaceAll("$1***");
        return JSON_SECRET.matcher(out).replaceAll("$1***");
    }
}
