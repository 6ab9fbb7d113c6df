package io.boto4j.client;

import io.boto4j.model.ServiceModel;
import io.boto4j.paginate.Paginator;
import io.boto4j.paginate.PaginatorModel;
import io.boto4j.pipeline.CallPipeline;
import io.boto4j.waiter.Waiter;
import io.boto4j.waiter.WaiterModel;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A low-level client of one AWS service, built at run time from its model: every operation of the model is
 * {@link #call}able by its model name ({@code PutObject}) or boto3's snake_case name ({@code put_object}).
 * Thread-safe: one instance serves concurrent callers. Close it to release its connections.
 */
public final class Client implements AutoCloseable {
    private final CallPipeline pipeline;
    private final ClientMeta meta;
    private final ClientExceptions exceptions;
    private final Supplier<PaginatorModel> paginators;
    private final Supplier<WaiterModel> waiters;
    private final Presigning presigning;

    Client(CallPipeline pipeline, ClientMeta meta, Supplier<PaginatorModel> paginators, Supplier<WaiterModel> waiters,
           Presigning presigning) {
        this.pipeline = pipeline;
        this.meta = meta;
        this.exceptions = new ClientExceptions(meta.serviceModel());
        this.paginators = memoize(paginators);
        this.waiters = memoize(waiters);
        this.presigning = presigning;
    }

    /**
     * Calls an operation. Results are ordered maps as boto3's dicts, with {@code ResponseMetadata}; a service
     * error raises {@link io.boto4j.exception.ClientError}, invalid parameters a
     * {@link io.boto4j.exception.ParamValidationError} listing every problem.
     */
    public Map<String, Object> call(String operationName, Map<String, Object> params) {
        return pipeline.call(operationName, params);
    }

    public Map<String, Object> call(String operationName) {
        return pipeline.call(operationName, Map.of());
    }

    /** The HTTP client this client sends through; a {@code DefaultHttpClient} reports its connection pool. */
    public io.boto4j.http.HttpClient httpClient() {
        return pipeline.runtime().http();
    }

    public ClientMeta meta() {
        return meta;
    }

    /** The service's modeled errors, matched by code. */
    public ClientExceptions exceptions() {
        return exceptions;
    }

    /** True when the operation has a paginator ({@code list_objects_v2} or {@code ListObjectsV2}). */
    public boolean canPaginate(String operationName) {
        return paginators.get().canPaginate(operationName);
    }

    /** The paginator of an operation, like {@code client.get_paginator("list_objects_v2")}. */
    public Paginator getPaginator(String operationName) {
        return paginators.get().paginator(operationName, this::call);
    }

    /** The waiter of this name, like {@code client.get_waiter("bucket_exists")}. */
    public Waiter getWaiter(String waiterName) {
        return waiters.get().waiter(waiterName, this::call);
    }

    /** Waiter names in boto3's snake_case spelling. */
    public java.util.List<String> waiterNames() {
        return waiters.get().snakeWaiterNames();
    }

    /**
     * A presigned URL for an operation, like {@code generate_presigned_url(ClientMethod, Params, ExpiresIn,
     * HttpMethod)}; {@code httpMethod} may be null for the operation's own.
     */
    public String generatePresignedUrl(String operationName, Map<String, Object> params, int expiresInSeconds,
                                       String httpMethod) {
        return presigning.presignUrl(operationName, params, expiresInSeconds, httpMethod);
    }

    public String generatePresignedUrl(String operationName, Map<String, Object> params) {
        return generatePresignedUrl(operationName, params, 3600, null);
    }

    /**
     * An S3 presigned POST ({@code url} and {@code fields}), like {@code generate_presigned_post(Bucket, Key,
     * Fields, Conditions, ExpiresIn)}.
     */
    public Map<String, Object> generatePresignedPost(String bucket, String key, Map<String, String> fields,
                                                     java.util.List<Object> conditions, int expiresInSeconds) {
        return presigning.presignPost(bucket, key, fields, conditions, expiresInSeconds);
    }

    /** Closes the client's HTTP connections. */
    @Override
    public void close() {
        pipeline.runtime().http().close();
    }

    /** The model name of an operation given in either spelling. */
    public String operationName(String name) {
        ServiceModel model = meta.serviceModel();
        return model.operationModel(name).name();
    }

    @Override
    public String toString() {
        return "Client[" + meta.serviceModel().serviceName() + ", region=" + meta.regionName() + "]";
    }


    private static <T> Supplier<T> memoize(Supplier<T> s) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        v = value;
                        if (v == null) {
                            v = s.get();
                            value = v;
                        }
                    }
                }
                return v;
            }
        };
    }
}
