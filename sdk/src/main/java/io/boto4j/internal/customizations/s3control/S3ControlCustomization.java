package io.boto4j.internal.customizations.s3control;

import io.boto4j.internal.model.ModelTrees;
import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.customizations.ClientSetup;
import io.boto4j.internal.customizations.CustomizationContext;
import io.boto4j.internal.customizations.s3.S3EndpointBuiltIns;
import io.boto4j.internal.customizations.ServiceCustomization;
import io.boto4j.model.OperationModel;
import io.boto4j.model.ServiceModel;
import java.util.Set;

/**
 * S3 Control: the endpoint rules already put the account id in the host of operations that require one, so the
 * model's {@code {AccountId}.} host prefix is dropped (it would appear twice); requests are signed by S3's rules.
 */
public final class S3ControlCustomization implements ServiceCustomization {
    @Override
    public boolean appliesTo(ServiceModel model) {
        return "s3control".equals(model.serviceName());
    }

    /** {@code use_arn_region} of the {@code s3} dictionary is a built-in here too; S3's signing names sign literally, with
     * the same payload-signing choice. */
    @Override
    public void configureClient(ClientSetup setup) {
        S3EndpointBuiltIns.forS3Control(setup.config().s3()).forEach(setup::endpointBuiltIn);
        // s3express: the S3 Express control endpoint (UseS3ExpressControlEndpoint); botocore signs every
        // s3control call with S3's rules (payload hash header included)
        setup.signPathsLiterally(Set.of("s3", "s3-outposts", "s3express"));
        if (setup.config().s3() != null && setup.config().s3().get("payload_signing_enabled") instanceof Boolean b) {
            setup.payloadSigningEnabled(b);
        }
    }

    @Override
    public OperationModel adaptOperation(OperationModel operation) {
        JsonNode requiresAccountId = ModelTrees.staticContextParams(operation).get("RequiresAccountId");
        boolean ruleAddsAccount = requiresAccountId != null && requiresAccountId.asBoolean(false);
        return ruleAddsAccount && "{AccountId}.".equals(operation.hostPrefix()) ? operation.withoutHostPrefix() : operation;
    }

    @Override
    public void install(CustomizationContext context) {
        // nothing per call: the adaptation above is all
    }
}
