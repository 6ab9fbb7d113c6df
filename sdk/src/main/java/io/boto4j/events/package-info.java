/**
 * Events: botocore's hierarchical emitter ({@link io.boto4j.events.EventEmitter}), the handler interface users
 * and plugins implement, and the names of the events the call pipeline emits.
 */
package io.boto4j.events;
