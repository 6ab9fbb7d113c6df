package io.boto4j.client;

import io.boto4j.internal.auth.signer.Presigner;
import io.boto4j.internal.pipeline.CallPipeline;
import java.time.Duration;
import java.util.Map;

/** boto3's presigning of URLs for any operation (S3's POST policies are an extension of S3 clients). */
final class Presigning {
    private final CallPipeline pipeline;

    Presigning(CallPipeline pipeline) {
        this.pipeline = pipeline;
    }

    String presignUrl(String operationName, Map<String, Object> params, int expiresInSeconds, String httpMethod) {
        CallPipeline.PresignTarget target = pipeline.prepareForPresigning(operationName, params, httpMethod);
        return Presigner.presign(target.request(), target.signing(), Duration.ofSeconds(expiresInSeconds)).toString();
    }
}
