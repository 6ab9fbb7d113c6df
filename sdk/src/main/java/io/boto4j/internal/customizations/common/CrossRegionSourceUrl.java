package io.boto4j.internal.customizations.common;

import io.boto4j.internal.customizations.CustomizationContext;
import io.boto4j.http.HttpHeaders;
import io.boto4j.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The presigned URL by which a destination region fetches the source of a cross-region copy (EC2 snapshots, RDS
 * snapshots, clusters and replicas): the call itself as a GET presigned in the source region, with
 * {@code DestinationRegion} set to the client's region, valid for an hour, as botocore builds it.
 */
public final class CrossRegionSourceUrl {
    private static final Duration EXPIRES = Duration.ofHours(1);

    private CrossRegionSourceUrl() {
    }

    /**
     * @param fields the form fields of the call as they will be sent (without the presigned URL itself)
     */
    public static String presign(CustomizationContext context, String operation, Map<String, Object> params,
                                 HttpRequest request, Map<String, String> fields, String sourceRegion) {
        Map<String, String> sourceFields = new LinkedHashMap<>(fields);
        sourceFields.put("DestinationRegion", context.region());
        // only the form's type survives: the presigner needs it to move the body into the query
        HttpHeaders form = HttpHeaders.builder().set("Content-Type", request.headers().first("Content-Type")).build();
        HttpRequest source = request.toBuilder().method("GET").headers(form).body(FormBody.write(sourceFields)).build();
        return context.presigner().inRegion(operation, params, source, sourceRegion, EXPIRES).toString();
    }
}
