package io.boto4j.internal.customizations.apigateway;

import io.boto4j.events.Events;
import io.boto4j.internal.customizations.CustomizationContext;
import io.boto4j.internal.customizations.ServiceCustomization;
import io.boto4j.http.HttpRequest;
import io.boto4j.model.ServiceModel;

/** API Gateway answers in HAL unless asked for {@code application/json}; asked so unless the caller set Accept. */
public final class ApiGatewayCustomization implements ServiceCustomization {
    @Override
    public boolean appliesTo(ServiceModel model) {
        return "apigateway".equals(model.serviceName());
    }

    @Override
    public void install(CustomizationContext context) {
        context.events().register(Events.beforeCall(context.model().eventName()), event -> {
            HttpRequest.Builder request = event.request();
            if (request.build().headers().first("Accept") == null) {
                request.header("Accept", "application/json");
            }
            return null;
        });
    }
}
