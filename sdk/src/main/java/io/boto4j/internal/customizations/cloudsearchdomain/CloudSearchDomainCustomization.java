package io.boto4j.internal.customizations.cloudsearchdomain;

import io.boto4j.events.Events;
import io.boto4j.internal.customizations.CustomizationContext;
import io.boto4j.internal.customizations.ServiceCustomization;
import io.boto4j.internal.customizations.common.ParameterAlias;
import io.boto4j.http.HttpRequest;
import io.boto4j.http.RequestBody;
import io.boto4j.model.ServiceModel;

/**
 * Search queries can be longer than a URL may be: the GET the model describes is sent as a form POST, its query
 * string moved into the body, as botocore does. Its {@code return} member is also accepted as boto3's
 * {@code returnFields}.
 */
public final class CloudSearchDomainCustomization implements ServiceCustomization {
    @Override
    public boolean appliesTo(ServiceModel model) {
        return "cloudsearchdomain".equals(model.serviceName());
    }

    @Override
    public void install(CustomizationContext context) {
        ParameterAlias.register(context.events(), Events.beforeParameterBuild(context.model().eventName(), "Search"),
                "return", "returnFields");
        context.events().register(Events.requestCreated(context.model().eventName(), "Search"), event -> {
            HttpRequest.Builder request = event.request();
            HttpRequest current = request.build();
            String query = current.uri().getRawQuery();
            if (!"GET".equals(current.method()) || query == null) {
                return null;
            }
            String url = current.uri().toString();
            request.uri(url.substring(0, url.indexOf('?')));
            request.method("POST").header("Content-Type", "application/x-www-form-urlencoded")
                    .body(RequestBody.ofString(query));
            return null;
        });
    }
}
