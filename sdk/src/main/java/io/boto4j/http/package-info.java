/**
 * HTTP: immutable request and response values, the {@link io.boto4j.http.HttpClient} SPI, its default
 * implementation ({@link io.boto4j.http.DefaultHttpClient}, HTTP/1.1 over sockets with a keep-alive pool) and
 * its settings. Connection-level failures are {@link io.boto4j.http.HttpConnectionException}s with a kind.
 */
package io.boto4j.http;
