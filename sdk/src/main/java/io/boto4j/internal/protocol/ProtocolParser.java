package io.boto4j.internal.protocol;

import io.boto4j.http.HttpResponse;
import io.boto4j.model.OperationModel;
import java.util.Map;

/**
 * Turns an HTTP response into boto3's result map; one implementation per wire protocol. Success and error
 * responses come out in one shape: errors as {@code Error} ({@code Code}, {@code Message}, ...) plus the
 * modeled error's members; both with {@code ResponseMetadata} ({@code RequestId}, {@code HTTPStatusCode},
 * {@code HTTPHeaders}). A body that cannot be parsed raises {@code ResponseParserError} keeping status and
 * raw body, never a NullPointerException.
 */
public interface ProtocolParser {
    /**
     * Parses a response into the operation's output; as botocore does, a status of 301 and above is handed to
     * {@link #parseError}. Streaming payloads come back unread ({@code StreamingBody}, {@code EventStream}).
     */
    Map<String, Object> parse(OperationModel operation, HttpResponse response);

    /** Parses an error response (status 300 and above, or a 200 with an error body) into boto3's error map. */
    Map<String, Object> parseError(OperationModel operation, HttpResponse response);
}
