package io.boto4j.transfer;

import io.boto4j.client.Client;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Managed copy, as s3transfer's: HeadObject of the source (with the copy-source conditions and keys under
 * their HeadObject names), CopyObject below the threshold, else a multipart upload of UploadPartCopy ranges in
 * parallel, aborted on failure. Bytes never pass through this machine.
 */
final class Copies {
    private Copies() {
    }

    static void copy(Transfers t, TransferHandle h, Map<String, Object> copySource, Client sourceClient,
                     Map<String, Object> args) throws Exception {
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("Bucket", copySource.get("Bucket"));
        head.put("Key", copySource.get("Key"));
        if (copySource.get("VersionId") != null) {
            head.put("VersionId", copySource.get("VersionId"));
        }
        ExtraArgs.COPY_ARGS_TO_HEAD_ARGS.forEach((copyName, headName) -> {
            if (args.containsKey(copyName)) {
                head.put(headName, args.get(copyName));
            }
        });
        h.checkCancelled();
        long size = ((Number) (sourceClient == null ? t.client() : sourceClient).call("HeadObject", head)
                .get("ContentLength")).longValue();
        h.progress().total(size);
        if (size < t.config().multipartThreshold()) {
            Map<String, Object> p = Uploads.object(h);
            p.put("CopySource", copySource);
            p.putAll(args);
            t.client().call("CopyObject", p);
            h.progress().add(size);
            return;
        }
        Uploads.Multipart mpu = Uploads.Multipart.create(t, h,
                ExtraArgs.without(args, ExtraArgs.COPY_CREATE_MULTIPART_BLOCKLIST));
        try {
            long partSize = t.config().partSizeFor(size);
            List<Callable<Map<String, Object>>> tasks = new ArrayList<>();
            int n = 1;
            for (long start = 0; start < size; start += partSize, n++) {
                long from = start;
                long to = Math.min(size, start + partSize);
                int partNumber = n;
                tasks.add(() -> copyPart(t, h, mpu, copySource, args, partNumber, from, to));
            }
            List<Map<String, Object>> parts = t.runParts(h, tasks);
            mpu.completeWith(parts, ExtraArgs.COPY_COMPLETE_ARGS);
        } catch (Throwable e) {
            mpu.abort(e);
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copyPart(Transfers t, TransferHandle h, Uploads.Multipart mpu,
                                                Map<String, Object> copySource, Map<String, Object> args,
                                                int partNumber, long from, long to) {
        Map<String, Object> p = Uploads.object(h);
        p.put("UploadId", mpu.uploadId());
        p.put("PartNumber", partNumber);
        p.put("CopySource", copySource);
        p.put("CopySourceRange", "bytes=" + from + "-" + (to - 1));
        p.putAll(ExtraArgs.only(args, ExtraArgs.UPLOAD_PART_COPY_ARGS));
        Map<String, Object> result = (Map<String, Object>) t.client().call("UploadPartCopy", p).get("CopyPartResult");
        h.progress().add(to - from);
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("PartNumber", partNumber);
        part.put("ETag", result.get("ETag"));
        return part;
    }
}
