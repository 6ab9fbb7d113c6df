package io.boto4j.client;

import io.boto4j.auth.signer.Presigner;
import io.boto4j.pipeline.CallPipeline;
import java.time.Duration;
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

    Map<String, Object> presignPost(String bucket, String key, Map<String, String> fields, List<Object> conditions,
                                    int expiresInSeconds) {
        throw new UnsupportedOperationException("generatePresignedPost is not wired yet");
    }
}
