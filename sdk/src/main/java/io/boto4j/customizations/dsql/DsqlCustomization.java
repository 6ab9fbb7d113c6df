package io.boto4j.customizations.dsql;

import io.boto4j.customizations.CustomizationContext;
import io.boto4j.customizations.ServiceCustomization;
import io.boto4j.customizations.internal.AuthTokens;
import io.boto4j.model.ServiceModel;

/** Aurora DSQL clients answer {@link DsqlAuthTokens}' requests for connect tokens. */
public final class DsqlCustomization implements ServiceCustomization {
    @Override
    public boolean appliesTo(ServiceModel model) {
        return "dsql".equals(model.serviceName());
    }

    @Override
    public void install(CustomizationContext context) {
        AuthTokens.register(context, DsqlAuthTokens.EVENT, "dsql");
    }
}
