package io.boto4j.sample.inbox;

import static io.boto4j.dynamodb.conditions.Conditions.Attr;

import io.boto4j.client.Client;
import io.boto4j.client.Result;
import io.boto4j.dynamodb.RecordMapper;
import io.boto4j.dynamodb.Table;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Repository;

/** The documents table: a DynamoDB {@link Table} with plain Java values in and records out. */
@Repository
public class DocumentRepository {
    private final Table table;

    DocumentRepository(@Qualifier("dynamodb") Client dynamodb, InboxProperties inbox) {
        this.table = Table.of(dynamodb, inbox.table());
    }

    /** Records a new document; a second record with the same id fails its condition instead of overwriting. */
    public void add(Document document) {
        table.putItem(RecordMapper.toItem(document), Attr("id").notExists());
    }

    /** Marks a received document processed; only a document still RECEIVED is changed. */
    public void markProcessed(Document document, String sha256) {
        table.putItem(RecordMapper.toItem(document.processed(sha256)),
                Attr("status").eq(Document.RECEIVED));
    }

    public Document get(String id) {
        Document d = table.getItem(Map.of("id", id), Document.class);
        if (d == null) {
            throw new DocumentNotFoundException(id);
        }
        return d;
    }

    public void delete(String id) {
        table.deleteItem(Map.of("id", id), Attr("id").exists());
    }

    /** One page of documents and the token of the next page (null on the last one). */
    public Page page(int limit, String nextToken) {
        Map<String, Object> scan = new LinkedHashMap<>();
        scan.put("Limit", limit);
        if (nextToken != null && !nextToken.isBlank()) {
            scan.put("ExclusiveStartKey", Map.of("id", decode(nextToken)));
        }
        Result out = Result.of(table.call("Scan", scan));
        Result last = out.getResult("LastEvaluatedKey");
        List<Document> documents = out.getResults("Items").stream()
                .map(item -> RecordMapper.fromItem(item, Document.class)).toList();
        return new Page(documents, last == null ? null : encode(last.getString("id")));
    }

    /** A page of the listing. */
    public record Page(List<Document> documents, String nextToken) {
    }

    private static String encode(String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String token) {
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("nextToken is not a token this service gave out", e);
        }
    }
}
