/**
 * The default HTTP client's machinery: the exchange engine, connection pool, wire framing, proxy selection and
 * TLS setup. Not API.
 */
package io.boto4j.internal.http;
