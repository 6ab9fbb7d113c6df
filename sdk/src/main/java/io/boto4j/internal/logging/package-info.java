/**
 * The SDK's debug log through {@link java.lang.System.Logger} (so JUL, SLF4J and Spring Boot pick it up): one DEBUG
 * line per call and per retry decision on {@code io.boto4j.call}, the wire at TRACE on {@code io.boto4j.wire}, with
 * credentials, signatures and every member the model marks {@code sensitive} redacted.
 */
package io.boto4j.internal.logging;
