package io.boto4j.events;

/**
 * The events the call pipeline emits, in the order of a call, with botocore's names. A full event name adds
 * the service's event name ({@code s3}, {@code cloudwatch-logs}) and, for per-operation events, the operation
 * name: {@code before-call.s3.PutObject}. Handlers may register for any dotted prefix.
 */
public final class EventNames {
    private EventNames() {
    }

    /** {@code creating-client-class.<svc>}: once per client, before it is built. */
    public static final String CREATING_CLIENT_CLASS = "creating-client-class";
    /** {@code provide-client-params.<svc>.<Op>}: a non-null response replaces the call's parameters. */
    public static final String PROVIDE_CLIENT_PARAMS = "provide-client-params";
    /** {@code before-parameter-build.<svc>.<Op>}: handlers may change {@code params} in place. */
    public static final String BEFORE_PARAMETER_BUILD = "before-parameter-build";
    /** {@code before-endpoint-resolution.<svc>}: handlers may change the rule set's {@code builtins}. */
    public static final String BEFORE_ENDPOINT_RESOLUTION = "before-endpoint-resolution";
    /** {@code before-call.<svc>.<Op>}: a non-null response short-circuits the call (the Stubber uses it). */
    public static final String BEFORE_CALL = "before-call";
    /** {@code request-created.<svc>.<Op>}: the serialized request exists, before signing. */
    public static final String REQUEST_CREATED = "request-created";
    /** {@code choose-signer.<svc>.<Op>}: a non-null response is the signature version to use. */
    public static final String CHOOSE_SIGNER = "choose-signer";
    /** {@code before-sign.<svc>.<Op>}: just before the request is signed (each attempt). */
    public static final String BEFORE_SIGN = "before-sign";
    /** {@code before-send.<svc>.<Op>}: a non-null response is used instead of sending the request. */
    public static final String BEFORE_SEND = "before-send";
    /** {@code response-received.<svc>.<Op>}: observers see each attempt's response or exception. */
    public static final String RESPONSE_RECEIVED = "response-received";
    /** {@code needs-retry.<svc>.<Op>}: a non-null response is the number of seconds to wait before retrying. */
    public static final String NEEDS_RETRY = "needs-retry";
    /** {@code after-call.<svc>.<Op>}: handlers may change the {@code parsed} result. */
    public static final String AFTER_CALL = "after-call";
    /** {@code after-call-error.<svc>.<Op>}: the call failed with {@code exception}. */
    public static final String AFTER_CALL_ERROR = "after-call-error";

    /** {@code <event>.<svc>}. */
    public static String forService(String event, String serviceEventName) {
        return event + '.' + serviceEventName;
    }

    /** {@code <event>.<svc>.<Op>}. */
    public static String forOperation(String event, String serviceEventName, String operationName) {
        return event + '.' + serviceEventName + '.' + operationName;
    }
}
