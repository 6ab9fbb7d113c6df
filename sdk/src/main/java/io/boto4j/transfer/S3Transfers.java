package io.boto4j.transfer;

import io.boto4j.client.Client;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * boto3's blocking transfer methods of an S3 client ({@code upload_file}, {@code download_file},
 * {@code upload_fileobj}, {@code download_fileobj}, {@code copy}). boto3 makes a transfer manager (and its
 * threads) per call; this keeps one {@link TransferManager} per {@link TransferConfig} used and reuses its pool
 * for every later call with that configuration, so keep one {@code S3Transfers} per client (the S3 resource's
 * injected {@code Bucket}/{@code Object} methods share one per service resource). Its pool threads end when idle,
 * so an instance that is never closed holds no threads between transfers; {@link #close()} ends them at once,
 * after the running transfers. Thread-safe.
 * <pre>{@code
 * S3Transfers.of(s3).uploadFile("bucket", "key", Path.of("data.bin"));
 * }</pre>
 */
public final class S3Transfers implements AutoCloseable {
    private final Client client;
    private final Map<TransferConfig, TransferManager> managers = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean closed;

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
        manager(config).upload(file, bucket, key, extraArgs, callback).join();
    }

    public void downloadFile(String bucket, String key, Path file) {
        downloadFile(bucket, key, file, Map.of(), null, TransferConfig.defaults());
    }

    public void downloadFile(String bucket, String key, Path file, Map<String, ?> extraArgs,
                             ProgressListener callback, TransferConfig config) {
        manager(config).download(bucket, key, file, extraArgs, callback).join();
    }

    public void uploadFileobj(InputStream in, String bucket, String key) {
        uploadFileobj(in, bucket, key, Map.of(), null, TransferConfig.defaults());
    }

    public void uploadFileobj(InputStream in, String bucket, String key, Map<String, ?> extraArgs,
                              ProgressListener callback, TransferConfig config) {
        manager(config).upload(in, bucket, key, extraArgs, callback).join();
    }

    public void downloadFileobj(String bucket, String key, OutputStream out) {
        downloadFileobj(bucket, key, out, Map.of(), null, TransferConfig.defaults());
    }

    public void downloadFileobj(String bucket, String key, OutputStream out, Map<String, ?> extraArgs,
                                ProgressListener callback, TransferConfig config) {
        manager(config).download(bucket, key, out, extraArgs, callback).join();
    }

    /** copy(CopySource, Bucket, Key): {@code copySource} is {@code {Bucket, Key[, VersionId]}}. */
    public void copy(Map<String, ?> copySource, String bucket, String key) {
        copy(copySource, bucket, key, Map.of(), null, null, TransferConfig.defaults());
    }

    public void copy(Map<String, ?> copySource, String bucket, String key, Map<String, ?> extraArgs,
                     ProgressListener callback, Client sourceClient, TransferConfig config) {
        manager(config).copy(copySource, bucket, key, extraArgs, callback, sourceClient).join();
    }

    /** The manager of {@code config}, made on first use. */
    TransferManager manager(TransferConfig config) {
        if (closed) {
            throw new IllegalStateException("these S3 transfers are closed; make a new S3Transfers.of(client)");
        }
        return managers.computeIfAbsent(config == null ? TransferConfig.defaults() : config,
                c -> TransferManager.of(client, c));
    }

    /** How many pools (one per configuration used) this holds. */
    int managerCount() {
        return managers.size();
    }

    /** Ends the pools after the transfers already running; later calls fail. */
    @Override
    public void close() {
        closed = true;
        managers.values().forEach(TransferManager::close);
        managers.clear();
    }
}
