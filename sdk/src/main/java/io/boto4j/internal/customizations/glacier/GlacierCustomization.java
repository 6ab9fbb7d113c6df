package io.boto4j.internal.customizations.glacier;

import io.boto4j.events.Events;
import io.boto4j.internal.customizations.CustomizationContext;
import io.boto4j.internal.customizations.ServiceCustomization;
import io.boto4j.events.EventEmitter;
import io.boto4j.http.HttpRequest;
import io.boto4j.model.ServiceModel;
import java.util.Map;

/**
 * Glacier: {@code accountId} defaults to {@code -} (the caller's own account), every request carries the api
 * version in {@code x-amz-glacier-version}, and uploads carry the linear and tree SHA-256 hashes of their body.
 */
public final class GlacierCustomization implements ServiceCustomization {
    @Override
    public boolean appliesTo(ServiceModel model) {
        return "glacier".equals(model.serviceName());
    }

    @Override
    public void install(CustomizationContext context) {
        EventEmitter events = context.events();
        String version = context.model().apiVersion();
        String service = context.model().eventName();
        events.register(Events.beforeParameterBuild(service), event -> {
            Map<String, Object> params = event.params();
            if (params.get("accountId") == null) {
                params.put("accountId", "-");
            }
            return null;
        });
        events.register(Events.beforeCall(service), event -> {
            event.request().header("x-amz-glacier-version", version);
            return null;
        });
        for (String op : new String[] {"UploadArchive", "UploadMultipartPart"}) {
            events.register(Events.beforeCall(service, op), event -> {
                addChecksums(event.request());
                return null;
            });
        }
    }

    private static void addChecksums(HttpRequest.Builder request) {
        HttpRequest current = request.build();
        boolean hasLinear = current.headers().first("x-amz-content-sha256") != null;
        boolean hasTree = current.headers().first("x-amz-sha256-tree-hash") != null;
        if (hasLinear && hasTree) {
            return;
        }
        TreeHash.Digests digests = TreeHash.of(current.body());
        if (!hasLinear) {
            request.header("x-amz-content-sha256", digests.linear());
        }
        if (!hasTree) {
            request.header("x-amz-sha256-tree-hash", digests.tree());
        }
    }
}
