package io.boto4j.internal.customizations.cloudformation;

import io.boto4j.events.Events;
import tools.jackson.core.JacksonException;
import io.boto4j.internal.customizations.CustomizationContext;
import io.boto4j.internal.customizations.ServiceCustomization;
import io.boto4j.internal.json.Json;
import io.boto4j.model.ServiceModel;
import java.util.Map;

/**
 * GetTemplate's {@code TemplateBody} is returned as an ordered map when it is JSON, and as the text (YAML) it
 * is otherwise, as botocore does.
 */
public final class CloudFormationCustomization implements ServiceCustomization {
    @Override
    public boolean appliesTo(ServiceModel model) {
        return "cloudformation".equals(model.serviceName());
    }

    @Override
    public void install(CustomizationContext context) {
        context.events().register(Events.afterCall(context.model().eventName(), "GetTemplate"), event -> {
            Map<String, Object> parsed = event.parsed();
            if (parsed != null && parsed.get("TemplateBody") instanceof String body) {
                try {
                    parsed.put("TemplateBody", Json.readJava(body));
                } catch (JacksonException notJson) {
                    // YAML templates stay text
                }
            }
            return null;
        });
    }
}
