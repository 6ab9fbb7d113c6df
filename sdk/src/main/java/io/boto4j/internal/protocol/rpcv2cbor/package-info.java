/** The {@code smithy-rpc-v2-cbor} protocol and its CBOR encoder. */
package io.boto4j.internal.protocol.rpcv2cbor;
