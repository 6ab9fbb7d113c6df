package io.boto4j.spring.autoconfigure.observation;

import io.boto4j.exception.CallOutcome;
import io.boto4j.exception.ClientError;

import io.boto4j.http.HttpRequest;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.RequestReplySenderContext;
import java.util.Map;

/**
 * What one SDK call tells its observation. The carrier is the request being built, so a tracing handler's
 * propagator writes trace headers into it before the first attempt is signed and sent.
 */
public final class SdkCallContext extends RequestReplySenderContext<HttpRequest.Builder, Map<String, Object>> {
    private final String serviceName;
    private final String operationName;
    private SdkCallOutcome outcome;
    private int statusCode;
    private String errorCode;
    private String requestId;
    private int attempts = 1;

    public SdkCallContext(String serviceName, String operationName, HttpRequest.Builder request) {
        super((carrier, key, value) -> {
            if (carrier != null) {
                carrier.header(key, value);
            }
        }, Kind.CLIENT);
        this.serviceName = serviceName;
        this.operationName = operationName;
        setCarrier(request);
    }

    /** botocore's service name, e.g. {@code sqs}. */
    public String getServiceName() {
        return serviceName;
    }

    /** The model's operation name, e.g. {@code SendMessage}. */
    public String getOperationName() {
        return operationName;
    }

    /** How the call ended; null while it runs. */
    public SdkCallOutcome getOutcome() {
        return outcome;
    }

    /** The HTTP status of the final response; 0 when there was none. */
    public int getStatusCode() {
        return statusCode;
    }

    /** The service's error code, null when the call succeeded or got no response. */
    public String getErrorCode() {
        return errorCode;
    }

    /** The service's request id, null when it sent none. */
    public String getRequestId() {
        return requestId;
    }

    /** Attempts made, the first included. */
    public int getAttempts() {
        return attempts;
    }

    void attempted(int attempt) {
        this.attempts = Math.max(this.attempts, attempt);
    }

    void responded(int status, String errorCode, String requestId, Map<String, Object> parsed) {
        this.statusCode = status;
        this.errorCode = errorCode;
        this.requestId = requestId;
        this.outcome = SdkCallOutcome.of(status, errorCode);
        setResponse(parsed);
    }

    /**
     * The call threw without a response the observer saw: a {@code ClientError} keeps its status and code, a
     * connection failure is {@code IO_ERROR}, any other exception (no credentials, invalid parameters, no endpoint,
     * a handler's) is {@code CLIENT_ERROR} with the exception's class name as its error code.
     */
    // an internal subclass (the rule engine's RuleSetError) would make a tag value that changes with internals
    private static String publicName(Class<?> type) {
        Class<?> c = type;
        while (c.getSuperclass() != null && c.getPackageName().startsWith("io.boto4j.internal")) {
            c = c.getSuperclass();
        }
        return c.getSimpleName();
    }

    void failed(Throwable failure) {
        this.outcome = failure == null ? SdkCallOutcome.IO_ERROR : SdkCallOutcome.of(CallOutcome.ofFailure(failure));
        if (failure instanceof ClientError e) {
            this.statusCode = e.getHttpStatusCode();
            this.errorCode = e.getErrorCode();
        } else if (failure != null && outcome == SdkCallOutcome.CLIENT_ERROR) {
            this.errorCode = publicName(failure.getClass());
        }
        if (failure != null) {
            setError(failure);
        }
    }
}
