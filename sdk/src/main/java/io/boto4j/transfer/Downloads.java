package io.boto4j.transfer;

import io.boto4j.exception.ClientError;
import io.boto4j.exception.ParamValidationError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Downloads, as s3transfer does them: HeadObject for the size and ETag; below {@code multipart_threshold} one
 * GetObject, above it ranged GetObjects in parallel ({@code IfMatch} the ETag, so a changing object fails rather
 * than mixes versions). A file download writes a temporary file beside the destination and renames it only
 * when every byte is there; on failure or cancel the temporary file is deleted and the destination untouched.
 * A range whose body breaks off is resumed from the last byte written, up to {@code num_download_attempts}.
 */
final class Downloads {
    private static final List<String> HEAD_ARGS = List.of("VersionId", "SSECustomerAlgorithm", "SSECustomerKey",
            "SSECustomerKeyMD5", "RequestPayer", "ExpectedBucketOwner", "ChecksumMode");

    private Downloads() {
    }

    /** Where the bytes of a range go: {@code (objectOffset, bytes, length)}. */
    @FunctionalInterface
    interface Sink {
        void write(long offset, byte[] bytes, int length) throws IOException;
    }

    static void downloadFile(Transfers t, TransferHandle h, Path destination, Map<String, Object> args)
            throws Exception {
        Map<String, Object> head = head(t, h, args);
        long size = ((Number) head.get("ContentLength")).longValue();
        String etag = (String) head.get("ETag");
        h.progress().total(size);
        Path absolute = destination.toAbsolutePath();
        Path temp = absolute.resolveSibling(absolute.getFileName() + "."
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()));
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                Sink sink = (offset, bytes, length) -> {
                    ByteBuffer b = ByteBuffer.wrap(bytes, 0, length);
                    while (b.hasRemaining()) {
                        channel.write(b, offset + b.position());
                    }
                };
                if (size < t.config().multipartThreshold()) {
                    fetch(t, h, args, etag, 0, size, true, sink);
                } else {
                    long partSize = t.config().partSizeFor(size);
                    List<Callable<Void>> tasks = new ArrayList<>();
                    for (long start = 0; start < size; start += partSize) {
                        long from = start;
                        long to = Math.min(size, start + partSize);
                        tasks.add(() -> {
                            fetch(t, h, args, etag, from, to, false, sink);
                            return null;
                        });
                    }
                    t.runParts(h, tasks);
                }
                h.checkCancelled();
                if (channel.size() != size) {
                    throw new IOException("downloaded " + channel.size() + " bytes of s3://" + h.bucket() + "/"
                            + h.key() + ", expected " + size);
                }
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * download_fileobj: ranges are fetched in parallel into memory and written to the stream in order; at most
     * {@code max_concurrency} ranges are held at once.
     */
    static void downloadStream(Transfers t, TransferHandle h, OutputStream out, Map<String, Object> args)
            throws Exception {
        Map<String, Object> head = head(t, h, args);
        long size = ((Number) head.get("ContentLength")).longValue();
        String etag = (String) head.get("ETag");
        h.progress().total(size);
        if (size < t.config().multipartThreshold() || t.parts() == null) {
            long[] written = {0};
            fetch(t, h, args, etag, 0, size, size < t.config().multipartThreshold(), (offset, bytes, length) -> {
                out.write(bytes, 0, length);
                written[0] += length;
            });
            return;
        }
        long partSize = t.config().partSizeFor(size);
        int window = Math.max(1, Math.min(t.config().maxConcurrency(), t.config().maxIoQueue()));
        Deque<Future<byte[]>> pending = new ArrayDeque<>();
        long next = 0;
        try {
            while (next < size || !pending.isEmpty()) {
                while (next < size && pending.size() < window) {
                    long from = next;
                    long to = Math.min(size, next + partSize);
                    pending.add(t.parts().submit(() -> {
                        byte[] range = new byte[(int) (to - from)];
                        fetch(t, h, args, etag, from, to, false,
                                (offset, bytes, length) -> System.arraycopy(bytes, 0, range, (int) (offset - from), length));
                        return range;
                    }));
                    next = to;
                }
                byte[] range;
                try {
                    range = pending.removeFirst().get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
                h.checkCancelled();
                out.write(range);
            }
        } finally {
            for (Future<byte[]> f : pending) {
                f.cancel(false);
            }
        }
    }

    private static Map<String, Object> head(Transfers t, TransferHandle h, Map<String, Object> args) {
        h.checkCancelled();
        Map<String, Object> p = Uploads.object(h);
        p.putAll(ExtraArgs.only(args, HEAD_ARGS));
        return t.client().call("HeadObject", p);
    }

    /**
     * Bytes {@code [from, to)} of the object into the sink, by a plain GET when {@code whole} (the client then
     * validates the object's checksum), else by a Range GET. A body that breaks off is asked for again from where
     * it stopped, {@code IfMatch} the ETag so the rest comes from the same object.
     */
    static void fetch(Transfers t, TransferHandle h, Map<String, Object> args, String etag, long from, long to,
                      boolean whole, Sink sink) throws IOException {
        long position = from;
        int ioChunk = t.config().ioChunksize();
        byte[] buffer = new byte[ioChunk];
        if (!whole && to == from) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            h.checkCancelled();
            Map<String, Object> p = Uploads.object(h);
            p.putAll(args);
            if (!whole || position > from) {
                p.put("Range", "bytes=" + position + "-" + (to - 1));
                if (etag != null) {
                    p.put("IfMatch", etag);
                }
            }
            try {
                Map<String, Object> response = t.client().call("GetObject", p);
                try (InputStream body = (InputStream) response.get("Body")) {
                    while (position < to) {
                        h.checkCancelled();
                        int n = body.readNBytes(buffer, 0, (int) Math.min(ioChunk, to - position));
                        if (n <= 0) {
                            throw new IOException("the body of s3://" + h.bucket() + "/" + h.key() + " ended at byte "
                                    + position + " of " + to);
                        }
                        t.pace(n);
                        sink.write(position, buffer, n);
                        position += n;
                        h.progress().add(n);
                    }
                }
                return;
            } catch (IOException | UncheckedIOException | io.boto4j.exception.BotoCoreError e) {
                if (e instanceof ParamValidationError || attempt >= t.config().numDownloadAttempts()) {
                    throw e;
                }
                // the range resumes from the last byte written; progress already told stays true
            } catch (ClientError | CancellationException e) {
                throw e;
            }
        }
    }
}
