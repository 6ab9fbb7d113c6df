package io.boto4j.internal.protocol.compress;

import io.boto4j.internal.model.ModelTrees;
import io.boto4j.http.HttpHeaders;
import io.boto4j.http.RequestBody;
import io.boto4j.model.BlobShape;
import io.boto4j.model.OperationModel;
import io.boto4j.model.Shape;
import io.boto4j.internal.protocol.SerializedRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/**
 * The {@code requestcompression} step (botocore's {@code compress.py}), run by the pipeline after
 * serialization: when the operation lists {@code gzip}, compression is not disabled and the body is at
 * least the configured minimum size, the body is gzipped and {@code gzip} is appended to
 * {@code Content-Encoding}. A streaming body whose member does not require a length is compressed as it is
 * sent, without being read into memory.
 */
public final class RequestCompressionEncoder {
    /** botocore's default {@code request_min_compression_size_bytes}. */
    public static final long DEFAULT_MIN_SIZE_BYTES = 10_240;

    private RequestCompressionEncoder() {
    }

    /** The request, compressed if the operation and settings call for it; otherwise the same request. */
    public static SerializedRequest apply(OperationModel operation, SerializedRequest request, boolean disabled,
                                          long minSizeBytes) {
        if (disabled || ModelTrees.requestCompression(operation) == null || !listsGzip(operation)) {
            return request;
        }
        RequestBody body = request.body();
        RequestBody compressed;
        Shape streaming = operation.streamingInput();
        if (streaming != null) {
            if (streaming instanceof BlobShape b && b.requiresLength()) {
                return request;
            }
            compressed = new GzipStreamBody(body);
        } else {
            long length = body.contentLength();
            if (length < 0 || length < minSizeBytes) {
                return request;
            }
            compressed = RequestBody.ofBytes(gzip(body));
        }
        HttpHeaders.Builder headers = request.headers().toBuilder();
        String existing = headers.first("Content-Encoding");
        headers.set("Content-Encoding", existing == null || existing.isEmpty() ? "gzip" : existing + ",gzip");
        return request.withBody(compressed).withHeaders(headers.build());
    }

    private static boolean listsGzip(OperationModel operation) {
        for (var e : ModelTrees.requestCompression(operation).path("encodings")) {
            if ("gzip".equals(e.asString())) {
                return true;
            }
        }
        return false;
    }

    private static byte[] gzip(RequestBody body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(64, body.contentLength() / 4));
        try (GZIPOutputStream gz = new GZIPOutputStream(out); InputStream in = body.newStream()) {
            in.transferTo(gz);
        } catch (IOException e) {
            throw new UncheckedIOException("compressing the request body failed", e);
        }
        return out.toByteArray();
    }

    /** A body gzipped while it is read; its length is unknown until sent. */
    private static final class GzipStreamBody implements RequestBody {
        private final RequestBody source;

        GzipStreamBody(RequestBody source) {
            this.source = source;
        }

        @Override
        public long contentLength() {
            return -1;
        }

        @Override
        public InputStream newStream() {
            return new GzipCompressingInputStream(source.newStream());
        }

        @Override
        public boolean isRepeatable() {
            return source.isRepeatable();
        }

        @Override
        public String toString() {
            return "RequestBody[gzip of " + source + "]";
        }
    }
}
