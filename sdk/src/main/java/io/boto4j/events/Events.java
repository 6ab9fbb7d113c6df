package io.boto4j.events;

/**
 * The names of the events the SDK emits, with botocore's spelling, built from their parts:
 * {@code Events.beforeCall("s3", "PutObject")} is {@code before-call.s3.PutObject}. The service part is the
 * service's event name ({@code client.meta().serviceModel().eventName()}: {@code s3}, {@code cloudwatch-logs}).
 * A handler registered for a shorter name ({@code Events.beforeCall("s3")}, {@code Events.beforeCall()}) sees
 * every event below it; {@link #ANY} matches any one part ({@code Events.beforeCall(Events.ANY, "PutObject")}).
 * The events are listed in the order of a call; the package documentation lists what each carries.
 */
public final class Events {
    /** A wildcard part: matches any service or operation. */
    public static final String ANY = "*";

    private Events() {
    }

    /** {@code creating-client-class.<svc>}: once per client, after it is built. */
    public static String creatingClientClass(String service) {
        return name("creating-client-class", service);
    }

    public static String provideClientParams() {
        return "provide-client-params";
    }

    public static String provideClientParams(String service) {
        return name("provide-client-params", service);
    }

    /** A non-null map answered by a handler replaces the call's parameters. */
    public static String provideClientParams(String service, String operation) {
        return name("provide-client-params", service, operation);
    }

    public static String beforeParameterBuild() {
        return "before-parameter-build";
    }

    public static String beforeParameterBuild(String service) {
        return name("before-parameter-build", service);
    }

    /** Handlers may change {@code params} in place. */
    public static String beforeParameterBuild(String service, String operation) {
        return name("before-parameter-build", service, operation);
    }

    public static String beforeEndpointResolution() {
        return "before-endpoint-resolution";
    }

    /** Per service only (botocore's name has no operation): handlers may change the call's built-ins. */
    public static String beforeEndpointResolution(String service) {
        return name("before-endpoint-resolution", service);
    }

    public static String beforeCall() {
        return "before-call";
    }

    public static String beforeCall(String service) {
        return name("before-call", service);
    }

    /** A non-null map answered by a handler short-circuits the call (the Stubber uses it). */
    public static String beforeCall(String service, String operation) {
        return name("before-call", service, operation);
    }

    public static String requestCreated() {
        return "request-created";
    }

    public static String requestCreated(String service) {
        return name("request-created", service);
    }

    /** The serialized request exists, before its checksum and signature. */
    public static String requestCreated(String service, String operation) {
        return name("request-created", service, operation);
    }

    public static String chooseSigner() {
        return "choose-signer";
    }

    public static String chooseSigner(String service) {
        return name("choose-signer", service);
    }

    /** A non-null answer is the signature version to use. */
    public static String chooseSigner(String service, String operation) {
        return name("choose-signer", service, operation);
    }

    public static String beforeSign() {
        return "before-sign";
    }

    public static String beforeSign(String service) {
        return name("before-sign", service);
    }

    /** Just before each attempt is signed; the request may be changed. */
    public static String beforeSign(String service, String operation) {
        return name("before-sign", service, operation);
    }

    public static String beforeSend() {
        return "before-send";
    }

    public static String beforeSend(String service) {
        return name("before-send", service);
    }

    /** A non-null {@code HttpResponse} answered is used instead of sending the request. */
    public static String beforeSend(String service, String operation) {
        return name("before-send", service, operation);
    }

    public static String beforeParse() {
        return "before-parse";
    }

    public static String beforeParse(String service) {
        return name("before-parse", service);
    }

    /** A non-null {@code HttpResponse} answered replaces the one received, before it is parsed. */
    public static String beforeParse(String service, String operation) {
        return name("before-parse", service, operation);
    }

    public static String needsRetry() {
        return "needs-retry";
    }

    public static String needsRetry(String service) {
        return name("needs-retry", service);
    }

    /** A non-null number answered is the seconds to wait before retrying. */
    public static String needsRetry(String service, String operation) {
        return name("needs-retry", service, operation);
    }

    public static String responseReceived() {
        return "response-received";
    }

    public static String responseReceived(String service) {
        return name("response-received", service);
    }

    /** Observers see the call's final response and parsed result. */
    public static String responseReceived(String service, String operation) {
        return name("response-received", service, operation);
    }

    public static String afterCall() {
        return "after-call";
    }

    public static String afterCall(String service) {
        return name("after-call", service);
    }

    /** Handlers may change the {@code parsed} result in place. */
    public static String afterCall(String service, String operation) {
        return name("after-call", service, operation);
    }

    public static String afterCallError() {
        return "after-call-error";
    }

    public static String afterCallError(String service) {
        return name("after-call-error", service);
    }

    /** The call failed without any response ({@code exception}). */
    public static String afterCallError(String service, String operation) {
        return name("after-call-error", service, operation);
    }

    /**
     * A name of a plugin's own event, such as {@code generate-db-auth-token.rds}: {@code family} followed by
     * the given parts.
     */
    public static String name(String family, String... parts) {
        StringBuilder b = new StringBuilder(family.length() + 24);
        b.append(part("event family", family));
        for (String p : parts) {
            b.append('.').append(part("event name part", p));
        }
        return b.toString();
    }

    private static String name(String family, String service) {
        return family + '.' + part("service", service);
    }

    private static String name(String family, String service, String operation) {
        return family + '.' + part("service", service) + '.' + part("operation", operation);
    }

    private static String part(String what, String value) {
        if (value == null || value.isEmpty() || value.indexOf('.') >= 0) {
            throw new IllegalArgumentException("an event name's " + what + " must be a non-empty name without dots, "
                    + "got '" + value + "'; to listen to every " + what + " use a shorter name or Events.ANY");
        }
        return value;
    }
}
