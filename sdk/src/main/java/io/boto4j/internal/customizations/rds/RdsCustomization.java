package io.boto4j.internal.customizations.rds;

import io.boto4j.events.Event;
import io.boto4j.events.Events;
import io.boto4j.internal.customizations.CustomizationContext;
import io.boto4j.internal.customizations.ServiceCustomization;
import io.boto4j.internal.customizations.common.CrossRegionSourceUrl;
import io.boto4j.internal.customizations.common.FormBody;
import io.boto4j.http.HttpRequest;
import io.boto4j.model.ServiceModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * RDS and its engines that share its API (Neptune, DocumentDB): a {@code SourceRegion} parameter (added to the
 * model by its sdk-extras, unknown to the service) becomes the {@code PreSignedUrl} of a cross-region copy or
 * replica and is then dropped; RDS clients can also make IAM database auth tokens ({@link RdsAuthTokens}).
 */
public final class RdsCustomization implements ServiceCustomization {
    private static final Map<String, Set<String>> OPERATIONS = Map.of(
            "rds", Set.of("CopyDBClusterSnapshot", "CreateDBCluster", "CopyDBSnapshot", "CreateDBInstanceReadReplica",
                    "StartDBInstanceAutomatedBackupsReplication"),
            "neptune", Set.of("CopyDBClusterSnapshot", "CreateDBCluster"),
            "docdb", Set.of("CopyDBClusterSnapshot", "CreateDBCluster"));

    @Override
    public boolean appliesTo(ServiceModel model) {
        return OPERATIONS.containsKey(model.serviceName());
    }

    @Override
    public void install(CustomizationContext context) {
        String service = context.model().serviceName();
        String eventName = context.model().eventName();
        for (String op : OPERATIONS.get(service)) {
            context.events().register(Events.beforeCall(eventName, op), event -> {
                injectPresignedUrl(context, op, event);
                return null;
            });
        }
        if ("rds".equals(service)) {
            RdsAuthTokens.register(context);
        }
    }

    private static void injectPresignedUrl(CustomizationContext context, String op, Event event) {
        HttpRequest.Builder request = event.request();
        HttpRequest current = request.build();
        LinkedHashMap<String, String> fields = FormBody.read(current);
        String source = fields.remove("SourceRegion");
        if (source == null) {
            return;
        }
        if (!fields.containsKey("PreSignedUrl")) {
            fields.put("PreSignedUrl", CrossRegionSourceUrl.presign(context, op, event.params(), current,
                    fields, source));
        }
        request.body(FormBody.write(fields));
    }
}
