package io.boto4j.internal.customizations.machinelearning;

import io.boto4j.events.Events;
import io.boto4j.internal.customizations.CustomizationContext;
import io.boto4j.internal.customizations.ServiceCustomization;
import io.boto4j.http.HttpRequest;
import io.boto4j.model.ServiceModel;
import java.net.URI;

/** Amazon ML's Predict goes to the model's real-time endpoint, given as {@code PredictEndpoint}, as botocore does. */
public final class MachineLearningCustomization implements ServiceCustomization {
    @Override
    public boolean appliesTo(ServiceModel model) {
        return "machinelearning".equals(model.serviceName());
    }

    @Override
    public void install(CustomizationContext context) {
        context.events().register(Events.beforeCall(context.model().eventName(), "Predict"), event -> {
            Object endpoint = event.params().get("PredictEndpoint");
            if (endpoint == null) {
                return null;
            }
            HttpRequest.Builder request = event.request();
            URI target = URI.create(endpoint.toString());
            URI current = request.build().uri();
            request.uri(target.getScheme() + "://" + target.getRawAuthority() + current.getRawPath()
                    + (current.getRawQuery() == null ? "" : "?" + current.getRawQuery()));
            return null;
        });
    }
}
