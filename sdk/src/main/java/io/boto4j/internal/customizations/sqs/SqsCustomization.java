package io.boto4j.internal.customizations.sqs;

import io.boto4j.internal.customizations.common.ParsedResults;
import io.boto4j.events.Event;
import io.boto4j.events.Events;
import io.boto4j.internal.customizations.CustomizationContext;
import io.boto4j.internal.customizations.ServiceCustomization;
import io.boto4j.events.EventEmitter;
import io.boto4j.events.TypedEventHandler;
import io.boto4j.exception.ChecksumError;
import io.boto4j.model.ServiceModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SQS reports the MD5 of every message body and of its attributes; they are checked against what was sent
 * (SendMessage, SendMessageBatch) or received (ReceiveMessage), and a mismatch raises {@link ChecksumError}, as
 * the AWS SDKs for Java do (botocore does not check them). The error names the message, never its content.
 */
public final class SqsCustomization implements ServiceCustomization {
    private static final String SENT = "sqs_sent_params";

    @Override
    public boolean appliesTo(ServiceModel model) {
        return "sqs".equals(model.serviceName());
    }

    @Override
    public void install(CustomizationContext context) {
        EventEmitter events = context.events();
        String service = context.model().eventName();
        events.register(Events.beforeParameterBuild(service, "SendMessage"), new Step(Step.REMEMBER_SENT));
        events.register(Events.beforeParameterBuild(service, "SendMessageBatch"), new Step(Step.REMEMBER_SENT));
        events.register(Events.afterCall(service, "SendMessage"), new Step(Step.VERIFY_SENT));
        events.register(Events.afterCall(service, "SendMessageBatch"), new Step(Step.VERIFY_SENT_BATCH));
        events.register(Events.afterCall(service, "ReceiveMessage"), new Step(Step.VERIFY_RECEIVED));
    }

    /** The customization's handlers, one class for all four (each lambda spins a class on a fresh JVM). */
    private static final class Step implements TypedEventHandler {
        static final int REMEMBER_SENT = 0;
        static final int VERIFY_SENT = 1;
        static final int VERIFY_SENT_BATCH = 2;
        static final int VERIFY_RECEIVED = 3;

        private final int step;

        Step(int step) {
            this.step = step;
        }

        @Override
        public Object handle(Event event) {
            switch (step) {
                case REMEMBER_SENT:
                    event.context().put(SENT, event.params());
                    break;
                case VERIFY_SENT:
                    if (!ParsedResults.isError(event.parsed())) {
                        verifySent(sent(event), event.parsed(), "SendMessage");
                    }
                    break;
                case VERIFY_SENT_BATCH:
                    verifySentBatch(event);
                    break;
                default:
                    verifyReceived(event.parsed());
                    break;
            }
            return null;
        }
    }

    private static void verifySentBatch(Event event) {
        Map<String, Object> parsed = event.parsed();
        if (ParsedResults.isError(parsed) || !(sent(event).get("Entries") instanceof List<?> entries)) {
            return;
        }
        Map<Object, Map<?, ?>> byId = new HashMap<>();
        for (Object e : entries) {
            if (e instanceof Map<?, ?> entry) {
                byId.put(entry.get("Id"), entry);
            }
        }
        if (parsed.get("Successful") instanceof List<?> done) {
            for (Object d : done) {
                Map<?, ?> entry = d instanceof Map<?, ?> result ? byId.get(result.get("Id")) : null;
                if (entry != null) {
                    verifySent(entry, (Map<?, ?>) d, "SendMessageBatch entry " + entry.get("Id"));
                }
            }
        }
    }

    private static void verifyReceived(Map<String, Object> parsed) {
        if (ParsedResults.isError(parsed) || !(parsed.get("Messages") instanceof List<?> messages)) {
            return;
        }
        for (Object m : messages) {
            if (m instanceof Map<?, ?> message) {
                String where = "received message " + message.get("MessageId");
                check(where, "body", message.get("MD5OfBody"),
                        message.get("Body") instanceof String b ? MessageDigests.ofBody(b) : null);
                if (message.get("MessageAttributes") instanceof Map<?, ?> attrs && !attrs.isEmpty()) {
                    check(where, "message attributes", message.get("MD5OfMessageAttributes"),
                            MessageDigests.ofAttributes(attrs));
                }
            }
        }
    }

    private static Map<?, ?> sent(Event event) {
        Object params = event.context().get(SENT);
        return params instanceof Map<?, ?> m ? m : Map.of();
    }

    private static void verifySent(Map<?, ?> sent, Map<?, ?> result, String where) {
        if (sent.get("MessageBody") instanceof String body) {
            check(where, "message body", result.get("MD5OfMessageBody"), MessageDigests.ofBody(body));
        }
        if (sent.get("MessageAttributes") instanceof Map<?, ?> attrs && !attrs.isEmpty()) {
            check(where, "message attributes", result.get("MD5OfMessageAttributes"), MessageDigests.ofAttributes(attrs));
        }
    }

    private static void check(String where, String what, Object reported, String computed) {
        if (reported == null || computed == null) {
            return;
        }
        if (!computed.equalsIgnoreCase(reported.toString())) {
            throw new ChecksumError("MD5 of the " + what + " of " + where + " does not match: SQS reported "
                    + reported + ", computed " + computed);
        }
    }
}
