package io.boto4j.customizations.s3;

import io.boto4j.customizations.CustomizationContext;
import io.boto4j.customizations.ServiceCustomization;
import io.boto4j.events.EventEmitter;
import io.boto4j.model.ServiceModel;

/**
 * What botocore adds on top of the S3 model: url-encoded listings decoded, SSE-C key digests, CopySource
 * encoding, {@code Expect: 100-continue} on uploads, errors hidden in 200 responses, GetBucketLocation's bare
 * XML, and bucket-region redirects.
 */
public final class S3Customization implements ServiceCustomization {
    @Override
    public boolean appliesTo(ServiceModel model) {
        return "s3".equals(model.serviceName());
    }

    @Override
    public void install(CustomizationContext context) {
        EventEmitter events = context.events();
        ListingEncoding.register(events);
        SseCustomerKeys.register(events);
        CopySourceEncoding.register(events);
        ExpectContinue.register(events);
        ErrorsIn200Responses.register(events);
        BucketLocation.register(events);
        BucketRegionRedirects.register(events, context.region());
    }
}
