package io.boto4j.exception;

import java.util.Collections;
import java.util.Map;

/**
 * The service answered with an error. {@link #getResponse()} is boto3's {@code e.response}: a map with
 * {@code Error} ({@code Code}, {@code Message}, ...), {@code ResponseMetadata} and the modeled error's members.
 */
public class ClientError extends Boto4jException {
    private final String operationName;
    private final transient Map<String, Object> response;

    public ClientError(Map<String, Object> response, String operationName) {
        this(response, operationName, null);
    }

    /**
     * With a note after boto3's message, as {@code "...: Message; <note>"}: why the call was not retried when the
     * retry policy would have repeated it.
     */
    public ClientError(Map<String, Object> response, String operationName, String note) {
        super(note == null ? message(response, operationName) : message(response, operationName) + "; " + note);
        this.operationName = operationName;
        this.response = response == null ? Map.of() : Collections.unmodifiableMap(response);
    }

    private static String message(Map<String, Object> response, String operationName) {
        Map<?, ?> error = error(response);
        Object code = error.get("Code");
        Object msg = error.get("Message");
        StringBuilder sb = new StringBuilder("An error occurred (")
                .append(code == null ? "Unknown" : code).append(") when calling the ")
                .append(operationName).append(" operation");
        Object attempts = metadata(response).get("RetryAttempts");
        if (attempts instanceof Number n && n.intValue() > 0) {
            sb.append(" (reached max retries: ").append(n).append(')');
        }
        sb.append(": ").append(msg == null ? "Unknown" : msg);
        return sb.toString();
    }

    private static Map<?, ?> error(Map<String, Object> response) {
        Object e = response == null ? null : response.get("Error");
        return e instanceof Map<?, ?> m ? m : Map.of();
    }

    private static Map<?, ?> metadata(Map<String, Object> response) {
        Object e = response == null ? null : response.get("ResponseMetadata");
        return e instanceof Map<?, ?> m ? m : Map.of();
    }

    public String getOperationName() {
        return operationName;
    }

    public Map<String, Object> getResponse() {
        return response;
    }

    public String getErrorCode() {
        Object c = error(response).get("Code");
        return c == null ? null : c.toString();
    }

    public String getErrorMessage() {
        Object m = error(response).get("Message");
        return m == null ? null : m.toString();
    }

    public int getHttpStatusCode() {
        Object s = metadata(response).get("HTTPStatusCode");
        return s instanceof Number n ? n.intValue() : -1;
    }

    public String getRequestId() {
        Object s = metadata(response).get("RequestId");
        return s == null ? null : s.toString();
    }

    /** True when the error code is {@code code}: the way to match a modeled error, as {@code except client.exceptions.X}. */
    public boolean is(String code) {
        return code != null && code.equals(getErrorCode());
    }
}
