/**
 * boto3's paginators, read from {@code paginators-1.json}: {@link io.boto4j.paginate.PaginatorModel} per service,
 * {@link io.boto4j.paginate.Paginator} per operation, {@link io.boto4j.paginate.PageIterator} per call, with
 * {@code PaginationConfig} and resume tokens in boto3's format. Operations are called through
 * {@link io.boto4j.paginate.OperationInvoker}, which the client implements.
 */
package io.boto4j.paginate;
