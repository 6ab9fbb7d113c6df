/** The {@code query} protocol: form-encoded POST bodies with {@code Action} and {@code Version}. */
package io.boto4j.internal.protocol.query;
