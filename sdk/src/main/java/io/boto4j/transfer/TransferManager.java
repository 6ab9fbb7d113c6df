package io.boto4j.transfer;

import io.boto4j.config.ConfigOption;
import io.boto4j.client.Client;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * s3transfer's {@code TransferManager}: many transfers on one S3 client and one pool. Each transfer runs on
 * one of {@code max_concurrency} transfer threads; the parts of large ones run on {@code max_concurrency} part
 * threads (a transfer thread only waits on parts, never the other way round, so the pools cannot deadlock).
 * With {@code use_threads=false} everything runs on the caller's thread and each method returns a finished
 * handle. Close it to stop its threads (running transfers finish first).
 * <pre>{@code
 * try (TransferManager tm = TransferManager.of(s3)) {
 *     TransferHandle up = tm.upload(Path.of("big.iso"), "bucket", "big.iso", Map.of(), bytes -> {});
 *     up.join();
 * }
 * }</pre>
 */
public final class TransferManager implements AutoCloseable {
    private final Transfers transfers;
    private final ExecutorService coordinators;

    private TransferManager(Client client, TransferConfig config) {
        boolean threads = config.useThreads();
        this.coordinators = threads ? idleEnding(config.maxConcurrency(), "transfers") : null;
        ExecutorService parts = threads ? idleEnding(config.maxConcurrency(), "transfer-parts") : null;
        boolean whenSupported = !"when_required".equalsIgnoreCase(
                client.meta().config().get(ConfigOption.REQUEST_CHECKSUM_CALCULATION));
        this.transfers = new Transfers(client, config, parts, BandwidthLimiter.of(config.maxBandwidth()),
                whenSupported);
    }

    public static TransferManager of(Client client) {
        return new TransferManager(client, TransferConfig.defaults());
    }

    public static TransferManager of(Client client, TransferConfig config) {
        return new TransferManager(client, config);
    }

    public TransferConfig config() {
        return transfers.config();
    }

    /** upload_file: {@code extraArgs} from boto3's ALLOWED_UPLOAD_ARGS. */
    public TransferHandle upload(Path file, String bucket, String key, Map<String, ?> extraArgs,
                                 ProgressListener progress) {
        Map<String, Object> args = ExtraArgs.validated(extraArgs, ExtraArgs.ALLOWED_UPLOAD_ARGS);
        return submit(bucket, key, progress, h -> {
            try {
                Uploads.uploadFile(transfers, h, file, args);
            } catch (java.util.concurrent.CancellationException e) {
                throw e;
            } catch (Exception e) {
                throw new TransferFailedException("Failed to upload " + file + " to " + bucket + "/" + key + ": "
                        + e.getMessage(), e);
            }
        });
    }

    /** upload_fileobj: the stream is read to its end (not closed). */
    public TransferHandle upload(InputStream in, String bucket, String key, Map<String, ?> extraArgs,
                                 ProgressListener progress) {
        Map<String, Object> args = ExtraArgs.validated(extraArgs, ExtraArgs.ALLOWED_UPLOAD_ARGS);
        return submit(bucket, key, progress, h -> {
            try {
                Uploads.uploadStream(transfers, h, in, args);
            } catch (java.util.concurrent.CancellationException e) {
                throw e;
            } catch (Exception e) {
                throw new TransferFailedException("Failed to upload a stream to " + bucket + "/" + key + ": "
                        + e.getMessage(), e);
            }
        });
    }

    /** download_file: {@code extraArgs} from boto3's ALLOWED_DOWNLOAD_ARGS. */
    public TransferHandle download(String bucket, String key, Path file, Map<String, ?> extraArgs,
                                   ProgressListener progress) {
        Map<String, Object> args = ExtraArgs.validated(extraArgs, ExtraArgs.ALLOWED_DOWNLOAD_ARGS);
        return submit(bucket, key, progress, h -> Downloads.downloadFile(transfers, h, file, args));
    }

    /** download_fileobj: the stream gets the object's bytes in order (it is not closed). */
    public TransferHandle download(String bucket, String key, OutputStream out, Map<String, ?> extraArgs,
                                   ProgressListener progress) {
        Map<String, Object> args = ExtraArgs.validated(extraArgs, ExtraArgs.ALLOWED_DOWNLOAD_ARGS);
        return submit(bucket, key, progress, h -> Downloads.downloadStream(transfers, h, out, args));
    }

    /**
     * copy: {@code copySource} is {@code {Bucket, Key[, VersionId]}}; {@code sourceClient} (null for this
     * manager's client) reads the source's size, as boto3's SourceClient.
     */
    public TransferHandle copy(Map<String, ?> copySource, String bucket, String key, Map<String, ?> extraArgs,
                               ProgressListener progress, Client sourceClient) {
        Map<String, Object> args = ExtraArgs.validated(extraArgs, ExtraArgs.ALLOWED_COPY_ARGS);
        if (copySource == null || !(copySource.get("Bucket") instanceof String)
                || !(copySource.get("Key") instanceof String)) {
            throw new IllegalArgumentException("CopySource must be a map with Bucket and Key (and optionally "
                    + "VersionId), got " + copySource);
        }
        Map<String, Object> source = new LinkedHashMap<>(copySource);
        return submit(bucket, key, progress, h -> Copies.copy(transfers, h, source, sourceClient, args));
    }

    /**
     * Uploads every regular file under {@code directory} to {@code bucket} under {@code keyPrefix} (the
     * relative path with '/' separators), all on this manager's pool; waits for all of them.
     */
    public DirectoryTransfer uploadDirectory(Path directory, String bucket, String keyPrefix,
                                             Map<String, ?> extraArgs) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
        String prefix = keyPrefix == null ? "" : keyPrefix;
        Map<String, TransferHandle> handles = new LinkedHashMap<>();
        for (Path file : files) {
            String relative = directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
            handles.put(prefix + relative, upload(file, bucket, prefix + relative, extraArgs, null));
        }
        return DirectoryTransfer.await(handles);
    }

    /**
     * Downloads every object under {@code keyPrefix} into {@code directory} (keys relative to the prefix become
     * paths; folder markers ending in '/' are skipped; a key that would escape the directory is refused).
     */
    @SuppressWarnings("unchecked")
    public DirectoryTransfer downloadDirectory(String bucket, String keyPrefix, Path directory,
                                               Map<String, ?> extraArgs) {
        String prefix = keyPrefix == null ? "" : keyPrefix;
        Path root = directory.toAbsolutePath().normalize();
        Map<String, TransferHandle> handles = new LinkedHashMap<>();
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("Bucket", bucket);
        request.put("Prefix", prefix);
        for (Map<String, Object> page : transfers.client().getPaginator("ListObjectsV2").paginate(request)) {
            Object contents = page.get("Contents");
            for (Map<String, Object> object : contents == null ? List.<Map<String, Object>>of()
                    : (List<Map<String, Object>>) contents) {
                String key = (String) object.get("Key");
                if (key.endsWith("/")) {
                    continue;
                }
                Path target = root.resolve(key.substring(prefix.length()).replaceFirst("^/+", "")).normalize();
                if (!target.startsWith(root)) {
                    throw new IllegalArgumentException("object key '" + key + "' would be written outside "
                            + root + "; download it on its own with download()");
                }
                try {
                    Files.createDirectories(target.getParent());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot create " + target.getParent(), e);
                }
                handles.put(key, download(bucket, key, target, extraArgs, null));
            }
        }
        return DirectoryTransfer.await(handles);
    }

    private interface Job {
        void run(TransferHandle handle) throws Exception;
    }

    private TransferHandle submit(String bucket, String key, ProgressListener progress, Job job) {
        TransferHandle handle = new TransferHandle(bucket, key, progress);
        Runnable task = () -> {
            try {
                handle.checkCancelled();
                job.run(handle);
                handle.complete();
            } catch (Throwable t) {
                handle.fail(t);
            }
        };
        if (coordinators == null) {
            task.run();
        } else {
            coordinators.execute(task);
        }
        return handle;
    }

    /** Stops the threads after the transfers already submitted have finished. */
    @Override
    public void close() {
        if (coordinators != null) {
            coordinators.shutdown();
            try {
                while (!coordinators.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
                    // keep waiting: a transfer is still running
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (transfers.parts() != null) {
            transfers.parts().shutdown();
        }
    }

    /**
     * A fixed-size pool whose threads end after a while idle, so a manager kept for reuse (as
     * {@link S3Transfers} keeps one per configuration) holds no threads between transfers, even if never closed.
     */
    private static ExecutorService idleEnding(int threads, String name) {
        java.util.concurrent.ThreadPoolExecutor pool = new java.util.concurrent.ThreadPoolExecutor(threads, threads,
                IDLE_SECONDS, java.util.concurrent.TimeUnit.SECONDS, new java.util.concurrent.LinkedBlockingQueue<>(),
                daemon(name));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private static final long IDLE_SECONDS = 30;

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "boto4j-" + name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** What a directory transfer did: the keys moved and, for those that failed, why. */
    public record DirectoryTransfer(List<String> transferred, Map<String, Throwable> failures) {
        static DirectoryTransfer await(Map<String, TransferHandle> handles) {
            List<String> done = new ArrayList<>();
            Map<String, Throwable> failed = new LinkedHashMap<>();
            handles.forEach((key, handle) -> {
                try {
                    handle.join();
                    done.add(key);
                } catch (RuntimeException e) {
                    failed.put(key, e);
                }
            });
            return new DirectoryTransfer(List.copyOf(done), failed);
        }

        public boolean succeeded() {
            return failures.isEmpty();
        }
    }
}
