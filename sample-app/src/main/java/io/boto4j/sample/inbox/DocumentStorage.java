package io.boto4j.sample.inbox;

import io.boto4j.client.Client;
import io.boto4j.client.Result;
import io.boto4j.http.StreamingBody;
import io.boto4j.resource.Resource;
import io.boto4j.resource.ServiceResource;
import io.boto4j.transfer.S3Transfers;
import io.boto4j.transfer.TransferConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The documents' bytes in S3: uploaded by a managed transfer (multipart above its threshold, progress logged),
 * read back as a stream, shared through presigned links, removed through the S3 resource's {@code Object}.
 */
@Component
public class DocumentStorage {
    private static final Logger log = LoggerFactory.getLogger(DocumentStorage.class);

    private final Client s3;
    private final ServiceResource s3Resource;
    private final S3Transfers transfers;
    private final InboxProperties inbox;

    DocumentStorage(@Qualifier("s3") Client s3, @Qualifier("s3") ServiceResource s3Resource, InboxProperties inbox) {
        this.s3 = s3;
        this.s3Resource = s3Resource;
        this.transfers = S3Transfers.of(s3);
        this.inbox = inbox;
    }

    /** Streams {@code content} to the document's key; nothing is held in memory beyond the transfer's parts. */
    public void store(String id, String name, String contentType, long size, InputStream content) {
        AtomicLong sent = new AtomicLong();
        long step = Math.max(1, size / 4);
        transfers.uploadFileobj(content, inbox.bucket(), key(id),
                Map.of("ContentType", contentType == null ? "application/octet-stream" : contentType,
                        "Metadata", Map.of("name", MetadataText.ascii(name))),
                bytes -> {
                    long before = sent.getAndAdd(bytes);
                    if (before / step != (before + bytes) / step || before + bytes == size) {
                        log.info("upload {}: {} of {} bytes", id, before + bytes, size);
                    }
                }, TransferConfig.defaults());
    }

    /** The SHA-256 of the stored bytes, read as a stream. */
    public String sha256(String id) {
        Resource object = s3Resource.resource("Object", inbox.bucket(), key(id));
        try (StreamingBody body = Result.of(object.actionResult("get")).getBody("Body");
             InputStream in = body) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("reading document " + id + " from S3 failed", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A link that downloads the document under its own name, valid for {@code inbox.download-link-lifetime}. */
    public String downloadUrl(Document document) {
        return s3.generatePresignedUrl("get_object", Map.of("Bucket", inbox.bucket(), "Key", key(document.id()),
                        "ResponseContentDisposition", "attachment; filename=\"" + MetadataText.ascii(document.name()) + "\""),
                (int) inbox.downloadLinkLifetime().toSeconds(), null);
    }

    public void delete(String id) {
        s3Resource.resource("Object", inbox.bucket(), key(id)).action("delete");
    }

    private static String key(String id) {
        return "documents/" + id;
    }
}
