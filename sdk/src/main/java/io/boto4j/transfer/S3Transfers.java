package io.boto4j.transfer;

import io.boto4j.client.Client;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * boto3's blocking transfer methods of an S3 client ({@code upload_file}, {@code download_file},
 * {@code upload_fileobj}, {@code download_fileobj}, {@code copy}), each run on a {@link TransferManager} made
 * for the call with the given {@link TransferConfig}, as boto3 makes one per call. A resource's
 * {@code Bucket}/{@code Object} can delegate to these with its own bucket and key.
 * <pre>{@code
 * S3Transfers.of(s3).uploadFile("bucket", "key", Path.of("data.bin"));
 * }</pre>
 */
public final class S3Transfers {
    private final Client client;

    private S3Transfers(Client client) {
        this.client = client;
    }

    public static S3Transfers of(Client client) {
        return new S3Transfers(client);
    }

    public void uploadFile(String bucket, String key, Path file) {
        uploadFile(bucket, key, file, Map.of(), null, TransferConfig.defaults());
    }

    public void uploadFile(String bucket, String key, Path file, Map<String, ?> extraArgs, ProgressListener callback,
                           TransferConfig config) {
        try (TransferManager tm = TransferManager.of(client, config)) {
            tm.upload(file, bucket, key, extraArgs, callback).join();
        }
    }

    public void downloadFile(String bucket, String key, Path file) {
        downloadFile(bucket, key, file, Map.of(), null, TransferConfig.defaults());
    }

    public void downloadFile(String bucket, String key, Path file, Map<String, ?> extraArgs,
                             ProgressListener callback, TransferConfig config) {
        try (TransferManager tm = TransferManager.of(client, config)) {
            tm.download(bucket, key, file, extraArgs, callback).join();
        }
    }

    public void uploadFileobj(InputStream in, String bucket, String key) {
        uploadFileobj(in, bucket, key, Map.of(), null, TransferConfig.defaults());
    }

    public void uploadFileobj(InputStream in, String bucket, String key, Map<String, ?> extraArgs,
                              ProgressListener callback, TransferConfig config) {
        try (TransferManager tm = TransferManager.of(client, config)) {
            tm.upload(in, bucket, key, extraArgs, callback).join();
        }
    }

    public void downloadFileobj(String bucket, String key, OutputStream out) {
        downloadFileobj(bucket, key, out, Map.of(), null, TransferConfig.defaults());
    }

    public void downloadFileobj(String bucket, String key, OutputStream out, Map<String, ?> extraArgs,
                                ProgressListener callback, TransferConfig config) {
        try (TransferManager tm = TransferManager.of(client, config)) {
            tm.download(bucket, key, out, extraArgs, callback).join();
        }
    }

    /** copy(CopySource, Bucket, Key): {@code copySource} is {@code {Bucket, Key[, VersionId]}}. */
    public void copy(Map<String, ?> copySource, String bucket, String key) {
        copy(copySource, bucket, key, Map.of(), null, null, TransferConfig.defaults());
    }

    public void copy(Map<String, ?> copySource, String bucket, String key, Map<String, ?> extraArgs,
                     ProgressListener callback, Client sourceClient, TransferConfig config) {
        try (TransferManager tm = TransferManager.of(client, config)) {
            tm.copy(copySource, bucket, key, extraArgs, callback, sourceClient).join();
        }
    }
}
