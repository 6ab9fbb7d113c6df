package io.boto4j.internal.customizations.route53;

import io.boto4j.events.Events;
import io.boto4j.internal.customizations.CustomizationContext;
import io.boto4j.internal.customizations.ServiceCustomization;
import io.boto4j.model.OperationModel;
import io.boto4j.model.StructureShape;
import io.boto4j.model.ServiceModel;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Route 53 returns ids as {@code /hostedzone/Z123}, {@code /change/C1}, {@code /delegationset/N1} but takes the
 * bare id; so a result's id can be passed back as it is, everything up to the last '/' is dropped from
 * parameters whose shape is an id (ResourceId, DelegationSetId, ChangeId), as botocore does.
 */
public final class Route53Customization implements ServiceCustomization {
    private static final Set<String> ID_SHAPES = Set.of("ResourceId", "DelegationSetId", "ChangeId");

    @Override
    public boolean appliesTo(ServiceModel model) {
        return "route53".equals(model.serviceName());
    }

    @Override
    public void install(CustomizationContext context) {
        Map<String, List<String>> idMembers = new ConcurrentHashMap<>();
        context.events().register(Events.beforeParameterBuild(context.model().eventName()), event -> {
            OperationModel op = event.operationModel();
            Map<String, Object> params = event.params();
            for (String member : idMembers.computeIfAbsent(op.name(), n -> idMembersOf(op))) {
                if (params.get(member) instanceof String id) {
                    params.put(member, id.substring(id.lastIndexOf('/') + 1));
                }
            }
            return null;
        });
    }

    private static List<String> idMembersOf(OperationModel op) {
        StructureShape input = op.inputShape();
        if (input == null) {
            return List.of();
        }
        return input.members().entrySet().stream()
                .filter(e -> ID_SHAPES.contains(e.getValue().name()))
                .map(Map.Entry::getKey).toList();
    }
}
