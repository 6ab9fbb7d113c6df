package io.boto4j.internal.customizations.ssooidc;

import tools.jackson.core.JacksonException;

import io.boto4j.events.Events;
import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.ObjectNode;
import io.boto4j.internal.customizations.CustomizationContext;
import io.boto4j.internal.customizations.ServiceCustomization;
import io.boto4j.http.HttpResponse;
import io.boto4j.internal.json.Json;
import io.boto4j.model.ServiceModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * SSO OIDC answers errors the OAuth 2 way, with the text in {@code error_description}; it becomes the error's
 * Message when the body has none, as botocore does.
 */
public final class SsoOidcCustomization implements ServiceCustomization {
    @Override
    public boolean appliesTo(ServiceModel model) {
        return "sso-oidc".equals(model.serviceName());
    }

    @Override
    public void install(CustomizationContext context) {
        context.events().register(Events.beforeParse(context.model().eventName()), event -> {
            HttpResponse response = event.httpResponse();
            if (response.statusCode() < 400) {
                return null;
            }
            byte[] body = response.bodyBytes();
            try {
                JsonNode tree = body.length == 0 ? null : Json.parse(body);
                if (!(tree instanceof ObjectNode error) || !error.hasNonNull("error_description")
                        || error.hasNonNull("Message") || error.hasNonNull("message")) {
                    return null;
                }
                error.put("Message", error.get("error_description").asString());
                return HttpResponse.of(response.statusCode(), response.headers(),
                        Json.write(error).getBytes(StandardCharsets.UTF_8));
            } catch (IOException | JacksonException notJson) {
                return null;
            }
        });
    }
}
