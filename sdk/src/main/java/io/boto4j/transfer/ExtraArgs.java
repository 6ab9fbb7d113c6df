package io.boto4j.transfer;

import io.boto4j.internal.names.ClosestNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * boto3's {@code ExtraArgs}: the request parameters a caller may add to a transfer, checked against
 * s3transfer 0.17's allowed lists, and the subsets each request of a transfer takes.
 */
final class ExtraArgs {
    static final List<String> FULL_OBJECT_CHECKSUM_ARGS = List.of("ChecksumCRC32", "ChecksumCRC32C",
            "ChecksumCRC64NVME", "ChecksumMD5", "ChecksumSHA1", "ChecksumSHA256", "ChecksumSHA512", "ChecksumXXHASH3",
            "ChecksumXXHASH64", "ChecksumXXHASH128");

    private static final List<String> WRITE_ARGS = List.of("ACL", "CacheControl", "ChecksumAlgorithm",
            "ContentDisposition", "ContentEncoding", "ContentLanguage", "ContentType", "ExpectedBucketOwner", "Expires",
            "GrantFullControl", "GrantRead", "GrantReadACP", "GrantWriteACP", "Metadata", "ObjectLockLegalHoldStatus",
            "ObjectLockMode", "ObjectLockRetainUntilDate", "RequestPayer", "ServerSideEncryption", "StorageClass",
            "SSECustomerAlgorithm", "SSECustomerKey", "SSECustomerKeyMD5", "SSEKMSKeyId", "SSEKMSEncryptionContext",
            "Tagging", "WebsiteRedirectLocation");

    static final List<String> ALLOWED_UPLOAD_ARGS = concat(WRITE_ARGS, List.of("ChecksumType", "MpuObjectSize"),
            FULL_OBJECT_CHECKSUM_ARGS);
    static final List<String> ALLOWED_DOWNLOAD_ARGS = List.of("ChecksumMode", "VersionId", "SSECustomerAlgorithm",
            "SSECustomerKey", "SSECustomerKeyMD5", "RequestPayer", "ExpectedBucketOwner");
    static final List<String> ALLOWED_COPY_ARGS = concat(WRITE_ARGS, List.of("CopySourceIfMatch",
            "CopySourceIfModifiedSince", "CopySourceIfNoneMatch", "CopySourceIfUnmodifiedSince",
            "CopySourceSSECustomerAlgorithm", "CopySourceSSECustomerKey", "CopySourceSSECustomerKeyMD5",
            "MetadataDirective", "TaggingDirective"));

    static final List<String> UPLOAD_PART_ARGS = List.of("ChecksumAlgorithm", "SSECustomerKey", "SSECustomerAlgorithm",
            "SSECustomerKeyMD5", "RequestPayer", "ExpectedBucketOwner");
    static final List<String> COMPLETE_MULTIPART_ARGS = concat(List.of("SSECustomerKey", "SSECustomerAlgorithm",
            "SSECustomerKeyMD5", "RequestPayer", "ExpectedBucketOwner", "ChecksumType", "MpuObjectSize"),
            FULL_OBJECT_CHECKSUM_ARGS);
    static final List<String> CREATE_MULTIPART_BLOCKLIST = concat(FULL_OBJECT_CHECKSUM_ARGS, List.of("MpuObjectSize"));
    static final List<String> PUT_OBJECT_BLOCKLIST = List.of("ChecksumType", "MpuObjectSize");

    static final List<String> COPY_CREATE_MULTIPART_BLOCKLIST = List.of("CopySourceIfMatch",
            "CopySourceIfModifiedSince", "CopySourceIfNoneMatch", "CopySourceIfUnmodifiedSince",
            "CopySourceSSECustomerAlgorithm", "CopySourceSSECustomerKey", "CopySourceSSECustomerKeyMD5",
            "MetadataDirective", "TaggingDirective");
    static final List<String> UPLOAD_PART_COPY_ARGS = List.of("CopySourceIfMatch", "CopySourceIfModifiedSince",
            "CopySourceIfNoneMatch", "CopySourceIfUnmodifiedSince", "CopySourceSSECustomerKey",
            "CopySourceSSECustomerAlgorithm", "CopySourceSSECustomerKeyMD5", "SSECustomerKey", "SSECustomerAlgorithm",
            "SSECustomerKeyMD5", "RequestPayer", "ExpectedBucketOwner");
    static final List<String> COPY_COMPLETE_ARGS = List.of("SSECustomerKey", "SSECustomerAlgorithm",
            "SSECustomerKeyMD5", "RequestPayer", "ExpectedBucketOwner");
    /** A copy's HeadObject of the source takes the copy-source conditions and keys under their HeadObject names. */
    static final Map<String, String> COPY_ARGS_TO_HEAD_ARGS = Map.of("CopySourceIfMatch", "IfMatch",
            "CopySourceIfModifiedSince", "IfModifiedSince", "CopySourceIfNoneMatch", "IfNoneMatch",
            "CopySourceIfUnmodifiedSince", "IfUnmodifiedSince", "CopySourceSSECustomerAlgorithm", "SSECustomerAlgorithm",
            "CopySourceSSECustomerKey", "SSECustomerKey", "CopySourceSSECustomerKeyMD5", "SSECustomerKeyMD5",
            "RequestPayer", "RequestPayer", "ExpectedBucketOwner", "ExpectedBucketOwner");

    private ExtraArgs() {
    }

    /** A copy of {@code extraArgs} after checking every key is allowed (boto3's ValueError otherwise). */
    static Map<String, Object> validated(Map<String, ?> extraArgs, List<String> allowed) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (extraArgs == null) {
            return out;
        }
        for (Map.Entry<String, ?> e : extraArgs.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                String near = nearest(e.getKey(), allowed);
                throw new IllegalArgumentException("Invalid extra_args key '" + e.getKey() + "'"
                        + (near == null ? "" : " (did you mean '" + near + "'?)") + ", must be one of: "
                        + String.join(", ", allowed));
            }
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    /** boto3 1.43's default: CRC32 unless the caller named an algorithm or gave a full-object checksum. */
    static void defaultChecksum(Map<String, Object> args, boolean whenSupported) {
        if (!whenSupported || FULL_OBJECT_CHECKSUM_ARGS.stream().anyMatch(args::containsKey)) {
            return;
        }
        args.putIfAbsent("ChecksumAlgorithm", "CRC32");
    }

    static Map<String, Object> only(Map<String, Object> args, List<String> keys) {
        Map<String, Object> out = new LinkedHashMap<>();
        args.forEach((k, v) -> {
            if (keys.contains(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    static Map<String, Object> without(Map<String, Object> args, List<String> keys) {
        Map<String, Object> out = new LinkedHashMap<>(args);
        keys.forEach(out::remove);
        return out;
    }

    private static String nearest(String key, List<String> allowed) {
        List<String> close = ClosestNames.suggest(key, allowed);
        return close.isEmpty() ? null : close.get(0);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
