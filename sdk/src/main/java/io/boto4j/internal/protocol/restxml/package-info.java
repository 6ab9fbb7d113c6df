/** The {@code rest-xml} protocol: the rest HTTP binding with an XML body codec. */
package io.boto4j.internal.protocol.restxml;
