package io.boto4j.client;

import io.boto4j.auth.signer.PostPolicy;
import io.boto4j.auth.signer.Presigner;
import io.boto4j.pipeline.CallPipeline;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** boto3's presigning: URLs for any operation, and S3 POST policies. */
final class Presigning {
    private final CallPipeline pipeline;

    Presigning(CallPipeline pipeline) {
        this.pipeline = pipeline;
    }

    String presignUrl(String operationName, Map<String, Object> params, int expiresInSeconds, String httpMethod) {
        CallPipeline.PresignTarget target = pipeline.prepareForPresigning(operationName, params, httpMethod);
        return Presigner.presign(target.request(), target.signing(), Duration.ofSeconds(expiresInSeconds)).toString();
    }

    /** The POST form goes to the bucket's root, which is where a CreateBucket request for it is sent. */
    Map<String, Object> presignPost(String bucket, String key, Map<String, String> fields, List<Object> conditions,
                                    int expiresInSeconds) {
        CallPipeline.PresignTarget target = pipeline.prepareForPresigning("CreateBucket", Map.of("Bucket", bucket), null);
        PostPolicy.PresignedPost post = PostPolicy.presign(target.request().uri().toString(), bucket, key, fields,
                conditions, Duration.ofSeconds(expiresInSeconds), target.signing());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("url", post.url());
        out.put("fields", post.fields());
        return out;
    }
}
