package io.boto4j.internal.customizations.ec2;

import io.boto4j.events.Events;
import io.boto4j.internal.customizations.CustomizationContext;
import io.boto4j.internal.customizations.ServiceCustomization;
import io.boto4j.internal.customizations.common.ParameterAlias;
import io.boto4j.events.EventEmitter;
import io.boto4j.model.ServiceModel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * EC2: console output arrives base64-encoded and is returned as text; RunInstances' {@code UserData} is
 * base64-encoded for the caller; the few operations whose member is the singular {@code Filter} accept boto3's
 * {@code Filters} too; CopySnapshot gets its presigned source URL (see {@link CopySnapshotPresigning}).
 * RunInstances' {@code ClientToken} needs nothing here: the model marks it {@code idempotencyToken} and the
 * serializer fills such members.
 */
public final class Ec2Customization implements ServiceCustomization {
    @Override
    public boolean appliesTo(ServiceModel model) {
        return "ec2".equals(model.serviceName());
    }

    @Override
    public void install(CustomizationContext context) {
        EventEmitter events = context.events();
        String service = context.model().eventName();
        events.register(Events.afterCall(service, "GetConsoleOutput"), event -> {
            Map<String, Object> parsed = event.parsed();
            if (parsed != null && parsed.get("Output") instanceof String encoded) {
                parsed.put("Output", decodeConsoleOutput(encoded));
            }
            return null;
        });
        events.register(Events.beforeParameterBuild(service, "RunInstances"), event -> {
            UserData.encode(event.params());
            return null;
        });
        CopySnapshotPresigning.register(context);
        ParameterAlias.register(events, Events.beforeParameterBuild(service), "Filter", "Filters");
    }

    /** Console output may hold bytes that are not UTF-8; they become U+FFFD rather than failing the call. */
    static String decodeConsoleOutput(String encoded) {
        try {
            byte[] raw = Base64.getMimeDecoder().decode(encoded.getBytes(StandardCharsets.ISO_8859_1));
            return new String(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return encoded;
        }
    }
}
