/** The {@code requestcompression} step (gzip) that the pipeline runs after serialization. */
package io.boto4j.internal.protocol.compress;
