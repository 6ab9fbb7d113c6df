/** The {@code ec2} protocol: the query request shape with ec2's member naming and list flattening. */
package io.boto4j.internal.protocol.ec2;
