package io.boto4j.internal.customizations.sqs;

import io.boto4j.internal.customizations.common.ParsedResults;
import io.boto4j.events.Event;
import io.boto4j.events.Events;
import io.boto4j.internal.customizations.CustomizationContext;
import io.boto4j.internal.customizations.ServiceCustomization;
import io.boto4j.events.EventEmitter;
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
        for (String op : List.of("SendMessage", "SendMessageBatch")) {
            events.register(Events.beforeParameterBuild(service, op), event -> {
                event.context().put(SENT, event.params());
                return null;
            });
        }
        events.register(Events.afterCall(service, "SendMessage"), event -> {
            Map<String, Object> parsed = event.parsed();
            if (!ParsedResults.isError(parsed)) {
                verifySent(sent(event), parsed, "SendMessage");
            }
            return null;
        });
        events.register(Events.afterCall(service, "SendMessageBatch"), event -> {
            Map<String, Object> parsed = event.parsed();
            if (ParsedResults.isError(parsed) || !(sent(event).get("Entries") instanceof List<?> entries)) {
                return null;
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
            return null;
        });
        events.register(Events.afterCall(service, "ReceiveMessage"), event -> {
            Map<String, Object> parsed = event.parsed();
            if (ParsedResults.isError(parsed) || !(parsed.get("Messages") instanceof List<?> messages)) {
                return null;
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
            return null;
        });
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
