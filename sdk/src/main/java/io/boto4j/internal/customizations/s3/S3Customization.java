package io.boto4j.internal.customizations.s3;

import io.boto4j.internal.customizations.ClientSetup;
import io.boto4j.internal.customizations.CustomizationContext;
import io.boto4j.internal.customizations.ServiceCustomization;
import io.boto4j.events.EventEmitter;
import io.boto4j.model.OperationModel;
import io.boto4j.model.ServiceModel;
import java.util.Map;
import java.util.Set;

/**
 * What botocore adds on top of the S3 model: url-encoded listings decoded, SSE-C key digests, CopySource
 * encoding, {@code Expect: 100-continue} on uploads, errors hidden in 200 responses, GetBucketLocation's bare
 * XML, and bucket-region redirects; the {@code s3} configuration dictionary as endpoint built-ins; presigned POST
 * forms as the clients' {@link PresignedPost} extension.
 */
public final class S3Customization implements ServiceCustomization {
    /** S3's service name, which is also its event name ({@code before-call.s3}). */
    static final String SERVICE = "s3";

    @Override
    public boolean appliesTo(ServiceModel model) {
        return SERVICE.equals(model.serviceName());
    }

    /**
     * The {@code s3} configuration dictionary becomes the rule set's built-ins (botocore does this in the client's
     * arguments and a {@code before-endpoint-resolution.s3} handler); S3's signing names sign their paths
     * literally, and {@code payload_signing_enabled} decides whether payloads are signed.
     */
    @Override
    public void configureClient(ClientSetup setup) {
        for (Map.Entry<String, Object> b : S3EndpointBuiltIns.of(setup.config(), setup.region()).entrySet()) {
            setup.endpointBuiltIn(b.getKey(), b.getValue());
        }
        setup.signPathsLiterally(Set.of("s3", "s3-object-lambda", "s3-outposts", "s3express"));
        Map<String, Object> s3 = setup.config().s3();
        if (s3 != null && s3.get("payload_signing_enabled") instanceof Boolean enabled) {
            setup.payloadSigningEnabled(enabled);
        }
    }

    /** The endpoint rules put the bucket in the URL (host or path), so the model's {@code /{Bucket}} goes. */
    @Override
    public OperationModel adaptOperation(OperationModel operation) {
        String uri = operation.requestUri();
        return uri.startsWith("/{Bucket}") ? operation.withRequestUri(uri.substring("/{Bucket}".length())) : operation;
    }

    @Override
    public void install(CustomizationContext context) {
        EventEmitter events = context.events();
        S3ParameterChecks.register(events);
        ListingEncoding.register(events);
        SseCustomerKeys.register(events);
        CopySourceEncoding.register(events);
        ExpectContinue.register(events);
        XmlPayloadEscaping.register(events);
        ErrorsIn200Responses.register(events);
        ExpiresHeader.register(events);
        BucketLocation.register(events);
        BucketRegionRedirects.register(events);
        context.extensions().add(PresignedPost.class, new PresignedPost(context.presigner()));
    }
}
