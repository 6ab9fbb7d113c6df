/** The {@code json} protocol (awsJson 1.0/1.1) and the JSON body writer the rest-json protocol shares. */
package io.boto4j.internal.protocol.json;
