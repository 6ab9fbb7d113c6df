/** The {@code rest-json} protocol: the rest HTTP binding with a JSON body codec. */
package io.boto4j.internal.protocol.restjson;
