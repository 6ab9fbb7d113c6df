package io.boto4j.internal.customizations.s3;

import io.boto4j.internal.auth.signer.PostPolicy;
import io.boto4j.internal.customizations.CustomizationContext;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * boto3's {@code s3.generate_presigned_post}: a browser form upload's {@code url} and {@code fields}, signed with
 * the client's credentials. An extension of S3 clients only:
 * {@code s3.extension(PresignedPost.class).generatePresignedPost("bucket", "uploads/${filename}", null, null, 3600)}.
 */
public final class PresignedPost {
    private final CustomizationContext.Presigner presigner;

    PresignedPost(CustomizationContext.Presigner presigner) {
        this.presigner = presigner;
    }

    /**
     * Like {@code generate_presigned_post(Bucket, Key, Fields, Conditions, ExpiresIn)}.
     *
     * @param fields     extra form fields, or null
     * @param conditions extra policy conditions (maps or lists), or null
     * @return {@code url} (String) and {@code fields} ({@code Map<String, String>})
     */
    public Map<String, Object> generatePresignedPost(String bucket, String key, Map<String, String> fields,
                                                     List<Object> conditions, int expiresInSeconds) {
        // the form is posted to the bucket's root, where a CreateBucket request for it goes (as botocore does)
        CustomizationContext.PresignableRequest target = presigner.operation("CreateBucket", Map.of("Bucket", bucket),
                null);
        PostPolicy.PresignedPost post = PostPolicy.presign(target.request().uri().toString(), bucket, key, fields,
                conditions, Duration.ofSeconds(expiresInSeconds), target.signing());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("url", post.url());
        out.put("fields", post.fields());
        return out;
    }
}
