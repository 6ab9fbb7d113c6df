package io.boto4j.internal.customizations.logs;

import io.boto4j.events.Events;
import io.boto4j.internal.customizations.CustomizationContext;
import io.boto4j.internal.customizations.ServiceCustomization;
import io.boto4j.internal.customizations.common.ParameterAlias;
import io.boto4j.model.ServiceModel;

/** CloudWatch Logs' CreateExportTask takes its {@code from} member also as boto3's {@code fromTime}. */
public final class LogsCustomization implements ServiceCustomization {
    @Override
    public boolean appliesTo(ServiceModel model) {
        return "logs".equals(model.serviceName());
    }

    @Override
    public void install(CustomizationContext context) {
        ParameterAlias.register(context.events(),
                Events.beforeParameterBuild(context.model().eventName(), "CreateExportTask"), "from", "fromTime");
    }
}
