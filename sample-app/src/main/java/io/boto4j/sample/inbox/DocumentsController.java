package io.boto4j.sample.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/** The inbox's HTTP API: {@code /api/documents}. Every error is answered as {@code application/problem+json}. */
@RestController
@RequestMapping("/api/documents")
public class DocumentsController {
    private final DocumentStorage storage;
    private final DocumentRepository documents;
    private final InboxQueue queue;
    private final InboxProperties inbox;

    DocumentsController(DocumentStorage storage, DocumentRepository documents, InboxQueue queue,
                        InboxProperties inbox) {
        this.storage = storage;
        this.documents = documents;
        this.queue = queue;
        this.inbox = inbox;
    }

    /** Stores the upload in S3, records it as RECEIVED and hands it to the worker. */
    @PostMapping(consumes = "multipart/form-data")
    ResponseEntity<Map<String, Object>> upload(@RequestParam("file") MultipartFile file) throws IOException {
        if (file.getSize() > inbox.maxSize().toBytes()) {
            throw new MaxUploadSizeExceededException(inbox.maxSize().toBytes());
        }
        String id = UUID.randomUUID().toString();
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? id : file.getOriginalFilename();
        try (InputStream content = file.getInputStream()) {
            storage.store(id, name, file.getContentType(), file.getSize(), content);
        }
        Document document = new Document(id, name, file.getSize(), Document.RECEIVED, null, Instant.now().toString());
        documents.add(document);
        queue.announce(id);
        return ResponseEntity.created(URI.create("/api/documents/" + id)).body(summary(document));
    }

    /** One page of documents; {@code nextToken} from the previous page continues the listing. */
    @GetMapping
    Map<String, Object> list(@RequestParam(required = false) String nextToken,
                             @RequestParam(defaultValue = "20") int limit) {
        DocumentRepository.Page page = documents.page(Math.max(1, Math.min(limit, 100)), nextToken);
        List<Map<String, Object>> items = page.documents().stream().map(DocumentsController::summary).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("documents", items);
        body.put("nextToken", page.nextToken());
        return body;
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable String id) {
        Document d = documents.get(id);
        Map<String, Object> body = summary(d);
        body.put("sha256", d.sha256());
        body.put("downloadUrl", storage.downloadUrl(d));
        return body;
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        documents.get(id);
        storage.delete(id);
        documents.delete(id);
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
    }

    private static Map<String, Object> summary(Document d) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", d.id());
        body.put("name", d.name());
        body.put("size", d.size());
        body.put("status", d.status());
        return body;
    }
}
