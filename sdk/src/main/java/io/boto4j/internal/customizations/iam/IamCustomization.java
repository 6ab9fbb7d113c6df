package io.boto4j.internal.customizations.iam;

import io.boto4j.events.Events;
import tools.jackson.core.JacksonException;
import io.boto4j.internal.customizations.CustomizationContext;
import io.boto4j.internal.customizations.ServiceCustomization;
import io.boto4j.internal.json.Json;
import io.boto4j.model.ListShape;
import io.boto4j.model.OperationModel;
import io.boto4j.model.ServiceModel;
import io.boto4j.model.Shape;
import io.boto4j.model.StructureShape;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * IAM returns policy documents (shape {@code policyDocumentType}) as URL-encoded JSON text; results carry them
 * decoded into maps, as botocore does. Walked along the output shape, so only the places that can hold a policy
 * are looked at.
 */
public final class IamCustomization implements ServiceCustomization {
    private static final String POLICY_SHAPE = "policyDocumentType";

    @Override
    public boolean appliesTo(ServiceModel model) {
        return "iam".equals(model.serviceName());
    }

    @Override
    public void install(CustomizationContext context) {
        context.events().register(Events.afterCall(context.model().eventName()), event -> {
            Map<String, Object> parsed = event.parsed();
            OperationModel op = event.operationModel();
            if (parsed != null && op != null && op.outputShape() != null) {
                decode(parsed, op.outputShape());
            }
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private static void decode(Object value, Shape shape) {
        if (shape instanceof StructureShape structure && value instanceof Map<?, ?> map) {
            Map<String, Object> fields = (Map<String, Object>) map;
            structure.members().forEach((name, member) -> {
                Object v = fields.get(name);
                if (v == null) {
                    return;
                }
                if ("string".equals(member.type()) && POLICY_SHAPE.equals(member.name()) && v instanceof String s) {
                    fields.put(name, policy(s));
                } else {
                    decode(v, member);
                }
            });
        } else if (shape instanceof ListShape list && value instanceof List<?> items) {
            for (Object item : items) {
                decode(item, list.member());
            }
        }
    }

    private static Object policy(String quoted) {
        String text = URLDecoder.decode(quoted.replace("+", "%2B"), StandardCharsets.UTF_8);
        try {
            return Json.readJava(text);
        } catch (JacksonException e) {
            return quoted;
        }
    }
}
