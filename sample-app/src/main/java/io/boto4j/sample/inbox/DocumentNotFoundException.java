package io.boto4j.sample.inbox;

/** No document has this id. */
public class DocumentNotFoundException extends RuntimeException {
    public DocumentNotFoundException(String id) {
        super("no document with id " + id);
    }
}
