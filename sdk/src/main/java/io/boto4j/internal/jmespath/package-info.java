/**
 * JMESPath for paginators, waiters and resources: jmespath-java's engine with an adapter over the SDK's plain
 * result values ({@code Map}, {@code List}, scalars, {@code Instant}, {@code byte[]}), expressions compiled once
 * and cached. Internal: not API.
 */
package io.boto4j.internal.jmespath;
