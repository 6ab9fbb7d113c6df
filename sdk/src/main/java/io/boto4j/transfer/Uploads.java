package io.boto4j.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Uploads, as s3transfer does them: below {@code multipart_threshold} one PutObject; above, CreateMultipartUpload,
 * the parts in parallel (each read into memory when its turn comes, so memory stays at
 * {@code max_concurrency x part size}), CompleteMultipartUpload, and AbortMultipartUpload when anything fails.
 * Checksums as boto3 1.43: CRC32 for the object and every part unless the caller chose an algorithm; a
 * caller's full-object checksum ({@code ChecksumCRC32=...}) makes the upload {@code ChecksumType=FULL_OBJECT}.
 */
final class Uploads {
    private static final int READ_SLICE = 256 * 1024;

    private Uploads() {
    }

    static void uploadFile(Transfers t, TransferHandle h, Path file, Map<String, Object> extraArgs) throws Exception {
        Map<String, Object> args = withChecksumDefaults(t, extraArgs);
        long size = Files.size(file);
        h.progress().total(size);
        if (size < t.config().multipartThreshold()) {
            h.checkCancelled();
            t.pace(size);
            Map<String, Object> put = object(h);
            put.putAll(ExtraArgs.without(args, ExtraArgs.PUT_OBJECT_BLOCKLIST));
            put.put("Body", file);
            t.client().call("PutObject", put);
            h.progress().add(size);
            return;
        }
        long partSize = t.config().partSizeFor(size);
        int count = (int) ((size + partSize - 1) / partSize);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            Multipart mpu = Multipart.create(t, h, args);
            try {
                List<Callable<Map<String, Object>>> tasks = new ArrayList<>(count);
                // a part's buffer is reused by the next part once its call returns: fresh part-sized arrays would
                // be garbage the size of the file, copied between survivor spaces (Serial GC in a 1-CPU container
                // spent a quarter of a 1 GiB upload's CPU so); at most max_concurrency buffers exist
                ConcurrentLinkedDeque<byte[]> buffers = new ConcurrentLinkedDeque<>();
                for (int n = 1; n <= count; n++) {
                    long offset = (n - 1) * partSize;
                    int length = (int) Math.min(partSize, size - offset);
                    int partNumber = n;
                    tasks.add(() -> {
                        byte[] buffer = length == partSize ? buffers.poll() : null;
                        buffer = read(channel, offset, length, buffer);
                        try {
                            return mpu.uploadPart(partNumber, buffer);
                        } finally {
                            if (buffer.length == partSize) {
                                buffers.push(buffer);
                            }
                        }
                    });
                }
                mpu.complete(t.runParts(h, tasks));
            } catch (Throwable e) {
                mpu.abort(e);
                throw e;
            }
        }
    }

    /**
     * upload_fileobj: the stream is read once, in order, on the transfer's thread; at most
     * {@code max_concurrency} parts are in memory at a time, and the size is learnt at the end.
     */
    static void uploadStream(Transfers t, TransferHandle h, InputStream in, Map<String, Object> extraArgs)
            throws Exception {
        Map<String, Object> args = withChecksumDefaults(t, extraArgs);
        long threshold = t.config().multipartThreshold();
        byte[] head = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, threshold));
        if (head.length < threshold) {
            h.progress().total(head.length);
            h.checkCancelled();
            t.pace(head.length);
            Map<String, Object> put = object(h);
            put.putAll(ExtraArgs.without(args, ExtraArgs.PUT_OBJECT_BLOCKLIST));
            put.put("Body", head);
            t.client().call("PutObject", put);
            h.progress().add(head.length);
            return;
        }
        int partSize = (int) t.config().partSizeFor(-1);
        InputStream rest = new SequenceInputStream(new ByteArrayInputStream(head), in);
        Multipart mpu = Multipart.create(t, h, args);
        try {
            int window = t.parts() == null ? 1 : t.config().maxConcurrency();
            Semaphore inFlight = new Semaphore(window);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            List<java.util.concurrent.Future<Map<String, Object>>> futures = new ArrayList<>();
            List<Map<String, Object>> inline = new ArrayList<>();
            long total = 0;
            for (int n = 1; ; n++) {
                inFlight.acquire();
                if (failure.get() != null || h.isCancelled()) {
                    inFlight.release();
                    break;
                }
                byte[] data = rest.readNBytes(partSize);
                if (data.length == 0 && n > 1) {
                    inFlight.release();
                    break;
                }
                total += data.length;
                int partNumber = n;
                Callable<Map<String, Object>> task = () -> {
                    try {
                        return mpu.uploadPart(partNumber, data);
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                        throw e;
                    } finally {
                        inFlight.release();
                    }
                };
                if (t.parts() == null) {
                    inline.add(task.call());
                } else {
                    futures.add(t.parts().submit(task));
                }
                if (data.length < partSize) {
                    break;
                }
            }
            List<Map<String, Object>> done = new ArrayList<>(inline);
            for (var f : futures) {
                try {
                    done.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    // the first failure is rethrown below, after every part has settled
                }
            }
            if (failure.get() instanceof Exception e) {
                throw e;
            }
            h.checkCancelled();
            h.progress().total(total);
            mpu.complete(done);
        } catch (Throwable e) {
            mpu.abort(e);
            throw e;
        }
    }

    private static Map<String, Object> withChecksumDefaults(Transfers t, Map<String, Object> extraArgs) {
        Map<String, Object> args = new LinkedHashMap<>(extraArgs);
        ExtraArgs.defaultChecksum(args, t.checksumWhenSupported());
        return args;
    }

    static Map<String, Object> object(TransferHandle h) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("Bucket", h.bucket());
        p.put("Key", h.key());
        return p;
    }

    /**
     * Bytes {@code [offset, offset + length)} of the file, into {@code reuse} when given (its length is length).
     * Read a slice at a time: the JDK reads a heap buffer through a temporary direct buffer as large as the
     * request and keeps it for the thread's next call, so one part-sized read would pin a part-sized block of
     * native memory, outside the heap limit, in every pool thread.
     */
    private static byte[] read(FileChannel channel, long offset, int length, byte[] reuse) throws IOException {
        byte[] part = reuse == null ? new byte[length] : reuse;
        ByteBuffer buffer = ByteBuffer.wrap(part);
        while (buffer.position() < length) {
            buffer.limit(Math.min(length, buffer.position() + READ_SLICE));
            int n = channel.read(buffer, offset + buffer.position());
            if (n < 0) {
                throw new IOException("the file ended at " + (offset + buffer.position()) + " bytes while "
                        + "uploading; it changed size during the upload");
            }
        }
        return part;
    }

    /** One multipart upload: its id, its parts' requests, its completion or abort. */
    static final class Multipart {
        private final Transfers t;
        private final TransferHandle h;
        private final Map<String, Object> args;
        private final String uploadId;
        private final String checksumMember;

        private Multipart(Transfers t, TransferHandle h, Map<String, Object> args, String uploadId) {
            this.t = t;
            this.h = h;
            this.args = args;
            this.uploadId = uploadId;
            Object algorithm = args.get("ChecksumAlgorithm");
            this.checksumMember = algorithm == null ? null : "Checksum" + algorithm.toString().toUpperCase();
        }

        static Multipart create(Transfers t, TransferHandle h, Map<String, Object> extraArgs) {
            Map<String, Object> args = new LinkedHashMap<>(extraArgs);
            for (String member : ExtraArgs.FULL_OBJECT_CHECKSUM_ARGS) {
                if (args.containsKey(member)) {
                    args.put("ChecksumType", "FULL_OBJECT");
                    args.put("ChecksumAlgorithm", member.substring("Checksum".length()));
                }
            }
            h.checkCancelled();
            Map<String, Object> create = object(h);
            create.putAll(ExtraArgs.without(args, ExtraArgs.CREATE_MULTIPART_BLOCKLIST));
            String uploadId = (String) t.client().call("CreateMultipartUpload", create).get("UploadId");
            return new Multipart(t, h, args, uploadId);
        }

        Map<String, Object> uploadPart(int partNumber, byte[] data) {
            t.pace(data.length);
            Map<String, Object> p = object(h);
            p.put("UploadId", uploadId);
            p.put("PartNumber", partNumber);
            p.put("Body", data);
            p.putAll(ExtraArgs.only(args, ExtraArgs.UPLOAD_PART_ARGS));
            Map<String, Object> response = t.client().call("UploadPart", p);
            h.progress().add(data.length);
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("PartNumber", partNumber);
            part.put("ETag", response.get("ETag"));
            if (checksumMember != null && response.get(checksumMember) != null) {
                part.put(checksumMember, response.get(checksumMember));
            }
            return part;
        }

        String uploadId() {
            return uploadId;
        }

        void complete(List<Map<String, Object>> parts) {
            completeWith(parts, ExtraArgs.COMPLETE_MULTIPART_ARGS);
        }

        void completeWith(List<Map<String, Object>> parts, List<String> completeArgs) {
            List<Map<String, Object>> sorted = new ArrayList<>(parts);
            sorted.sort(Comparator.comparingInt(p -> (Integer) p.get("PartNumber")));
            Map<String, Object> p = object(h);
            p.put("UploadId", uploadId);
            p.put("MultipartUpload", Map.of("Parts", sorted));
            p.putAll(ExtraArgs.only(args, completeArgs));
            t.client().call("CompleteMultipartUpload", p);
        }

        void abort(Throwable cause) {
            Map<String, Object> p = object(h);
            p.put("UploadId", uploadId);
            p.putAll(ExtraArgs.only(args, List.of("RequestPayer", "ExpectedBucketOwner")));
            try {
                t.client().call("AbortMultipartUpload", p);
            } catch (RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
    }
}
