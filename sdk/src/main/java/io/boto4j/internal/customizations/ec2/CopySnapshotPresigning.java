package io.boto4j.internal.customizations.ec2;

import io.boto4j.events.Events;
import io.boto4j.internal.customizations.CustomizationContext;
import io.boto4j.internal.customizations.common.CrossRegionSourceUrl;
import io.boto4j.internal.customizations.common.FormBody;
import io.boto4j.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CopySnapshot across regions: unless the caller gave {@code PresignedUrl}, it is computed (the call presigned
 * in {@code SourceRegion}) and {@code DestinationRegion} is set to the client's region.
 */
final class CopySnapshotPresigning {
    private CopySnapshotPresigning() {
    }

    static void register(CustomizationContext context) {
        context.events().register(Events.beforeCall(context.model().eventName(), "CopySnapshot"), event -> {
            HttpRequest.Builder request = event.request();
            HttpRequest current = request.build();
            LinkedHashMap<String, String> fields = FormBody.read(current);
            String source = fields.get("SourceRegion");
            if (fields.containsKey("PresignedUrl") || source == null) {
                return null;
            }
            Map<String, Object> params = event.params();
            String url = CrossRegionSourceUrl.presign(context, "CopySnapshot", params, current, fields, source);
            fields.put("PresignedUrl", url);
            fields.put("DestinationRegion", context.region());
            request.body(FormBody.write(fields));
            return null;
        });
    }
}
