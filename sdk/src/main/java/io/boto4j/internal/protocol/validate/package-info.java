/** botocore's parameter validation, applied as a decorator in front of a protocol serializer. */
package io.boto4j.internal.protocol.validate;
