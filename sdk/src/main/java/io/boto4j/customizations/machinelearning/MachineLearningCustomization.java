package io.boto4j.customizations.machinelearning;

import io.boto4j.customizations.CustomizationContext;
import io.boto4j.customizations.ServiceCustomization;
import io.boto4j.customizations.internal.EventArgs;
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
        context.events().register("before-call." + context.model().eventName() + ".Predict", (event, kwargs) -> {
            Object endpoint = EventArgs.params(kwargs).get("PredictEndpoint");
            if (endpoint == null) {
                return null;
            }
            HttpRequest.Builder request = EventArgs.request(kwargs);
            URI target = URI.create(endpoint.toString());
            URI current = request.build().uri();
            request.uri(target.getScheme() + "://" + target.getRawAuthority() + current.getRawPath()
                    + (current.getRawQuery() == null ? "" : "?" + current.getRawQuery()));
            return null;
        });
    }
}
