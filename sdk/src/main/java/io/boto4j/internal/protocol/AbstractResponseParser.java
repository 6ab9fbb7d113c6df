package io.boto4j.internal.protocol;

import io.boto4j.exception.ClientError;
import io.boto4j.exception.ResponseParserError;
import io.boto4j.http.HttpResponse;
import io.boto4j.model.OperationModel;
import io.boto4j.model.StructureShape;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The part every protocol's parser shares: choosing success or error parsing by status, the generic error for
 * HTML pages and empty 5xx bodies, modeled error members looked up by code, {@code ResponseMetadata}, and
 * turning a malformed body into a {@link ResponseParserError} that keeps the status and the start of the body.
 * A protocol supplies the three body-specific steps.
 */
public abstract class AbstractResponseParser implements ProtocolParser {

    @Override
    public final Map<String, Object> parse(OperationModel operation, HttpResponse response) {
        if (response.statusCode() >= 301) {
            return parseError(operation, response);
        }
        Map<String, Object> out;
        try {
            out = parseSuccess(operation, response);
        } catch (ClientError e) {
            throw e;
        } catch (RuntimeException e) {
            // the codec's own message says what is wrong; the wrapper adds the status and the body's start
            throw malformed(response, e);
        }
        ResponseMetadata.finish(out, response);
        return out;
    }

    @Override
    public final Map<String, Object> parseError(OperationModel operation, HttpResponse response) {
        byte[] body = response.bodyBytes();
        int status = response.statusCode();
        Map<String, Object> out;
        if (isGenericErrorPage(status, body) && !response.headers().contains("x-amzn-errortype")
                && !response.headers().contains("x-amzn-query-error")) {
            out = ErrorResponses.generic(status, null);
        } else {
            try {
                out = parseErrorBody(operation, response, body);
            } catch (RuntimeException e) {
                out = ErrorResponses.generic(status, body);
            }
            String code = ErrorResponses.code(out);
            StructureShape shape = code == null ? null : ErrorShapes.of(operation.serviceModel()).get(code);
            if (shape != null) {
                try {
                    out.putAll(parseModeledError(shape, response, body));
                } catch (RuntimeException ignored) {
                    // the code and message are already known; members of a body that does not fit its shape are dropped
                }
            }
        }
        ResponseMetadata.finish(out, response);
        return out;
    }

    /** The output of a successful call, with whatever {@code ResponseMetadata} the body or headers carry. */
    protected abstract Map<String, Object> parseSuccess(OperationModel operation, HttpResponse response);

    /** {@code Error} ({@code Code}, {@code Message}, ...) and {@code ResponseMetadata} of an error response. */
    protected abstract Map<String, Object> parseErrorBody(OperationModel operation, HttpResponse response,
                                                          byte[] body);

    /** The members of a modeled error shape, read from the error response. */
    protected abstract Map<String, Object> parseModeledError(StructureShape shape, HttpResponse response,
                                                             byte[] body);

    /** A 5xx whose body is empty or an HTML page (a proxy's or a load balancer's), as botocore recognises it. */
    static boolean isGenericErrorPage(int status, byte[] body) {
        if (status < 500) {
            return false;
        }
        int i = 0;
        while (i < body.length && Character.isWhitespace(body[i])) {
            i++;
        }
        if (i == body.length) {
            return true;
        }
        return startsWithIgnoreCase(body, i, "<html") || startsWithIgnoreCase(body, i, "<!doctype html");
    }

    private static boolean startsWithIgnoreCase(byte[] body, int from, String prefix) {
        if (body.length - from < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (Character.toLowerCase((char) body[from + k]) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** A parse failure of a success response: status, content type and the start of the raw body. */
    public static ResponseParserError malformed(HttpResponse response, Exception cause) {
        String contentType = response.headers().first("content-type");
        byte[] body;
        try {
            body = response.bodyBytes();
        } catch (RuntimeException unreadable) {
            body = new byte[0];
        }
        return new ResponseParserError("Unable to parse response (" + cause.getMessage() + "), invalid "
                + "response received (HTTP " + response.statusCode()
                + (contentType == null ? "" : ", Content-Type " + contentType) + ", " + body.length
                + " bytes). Further retries may succeed. Body starts: " + ErrorResponses.snippet(body), cause);
    }

    /** A new ordered result map. */
    protected static Map<String, Object> newResult() {
        return new LinkedHashMap<>();
    }
}
