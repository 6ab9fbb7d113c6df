/**
 * boto3's waiters, read from {@code waiters-2.json}: {@link io.boto4j.waiter.WaiterModel} per service,
 * {@link io.boto4j.waiter.Waiter} per waiter, {@code Waiter.await} for boto3's {@code wait}. Operations are called
 * through {@link io.boto4j.waiter.OperationInvoker}, which the client implements.
 */
package io.boto4j.waiter;
