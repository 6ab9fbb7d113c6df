package io.boto4j.internal.customizations.dsql;

import io.boto4j.internal.customizations.CustomizationContext;
import io.boto4j.internal.customizations.ServiceCustomization;
import io.boto4j.internal.customizations.common.AuthTokens;
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
