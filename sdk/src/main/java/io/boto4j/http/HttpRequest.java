package io.boto4j.http;

import java.net.URI;
import java.util.Objects;

/**
 * An immutable HTTP request as it goes on the wire: method, full URI (with the encoded query), headers, body.
 * Stages that change a request ({@code toBuilder}) make a new one.
 */
public final class HttpRequest {
    private final String method;
    private final URI uri;
    private final HttpHeaders headers;
    private final RequestBody body;

    private HttpRequest(Builder b) {
        this.method = Objects.requireNonNull(b.method, "method");
        this.uri = Objects.requireNonNull(b.uri, "uri");
        this.headers = b.headers.build();
        this.body = b.body == null ? RequestBody.EMPTY : b.body;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.method = method;
        b.uri = uri;
        b.headers = headers.toBuilder();
        b.body = body;
        return b;
    }

    public String method() {
        return method;
    }

    public URI uri() {
        return uri;
    }

    public HttpHeaders headers() {
        return headers;
    }

    public RequestBody body() {
        return body;
    }

    /** Method and URI without the query (presigned queries carry signatures) and header names only. */
    @Override
    public String toString() {
        return "HttpRequest[" + method + " " + uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath()
                + ", headers=" + headers.names() + ", body=" + body + "]";
    }

    public static final class Builder {
        private String method = "GET";
        private URI uri;
        private HttpHeaders.Builder headers = HttpHeaders.builder();
        private RequestBody body;

        public Builder method(String method) {
            this.method = method;
            return this;
        }

        public Builder uri(URI uri) {
            this.uri = uri;
            return this;
        }

        public Builder uri(String uri) {
            this.uri = URI.create(uri);
            return this;
        }

        public Builder headers(HttpHeaders headers) {
            this.headers = headers.toBuilder();
            return this;
        }

        public Builder header(String name, String value) {
            headers.set(name, value);
            return this;
        }

        public Builder removeHeader(String name) {
            headers.remove(name);
            return this;
        }

        public HttpHeaders.Builder headers() {
            return headers;
        }

        public Builder body(RequestBody body) {
            this.body = body;
            return this;
        }

        public HttpRequest build() {
            return new HttpRequest(this);
        }
    }
}
