package io.boto4j.internal.customizations.autoscaling;

import io.boto4j.events.Events;
import io.boto4j.internal.customizations.CustomizationContext;
import io.boto4j.internal.customizations.ServiceCustomization;
import io.boto4j.internal.customizations.ec2.UserData;
import io.boto4j.model.ServiceModel;

/** Auto Scaling's launch configurations take EC2's {@code UserData}, base64-encoded for the caller likewise. */
public final class AutoScalingCustomization implements ServiceCustomization {
    @Override
    public boolean appliesTo(ServiceModel model) {
        return "autoscaling".equals(model.serviceName());
    }

    @Override
    public void install(CustomizationContext context) {
        context.events().register(Events.beforeParameterBuild(context.model().eventName(),
                "CreateLaunchConfiguration"), event -> {
            UserData.encode(event.params());
            return null;
        });
    }
}
