package io.boto4j.client;

import io.boto4j.model.ServiceModel;
import io.boto4j.paginate.Paginator;
import io.boto4j.paginate.PaginatorModel;
import io.boto4j.internal.pipeline.CallPipeline;
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
    private final Map<Class<?>, Object> extensions;
    // a closed client's HTTP pool would open new connections on the next call: refuse it instead
    private volatile boolean closed;

    /** @param extensions filled by the service's customizations before the client is handed out */
    Client(CallPipeline pipeline, ClientMeta meta, Supplier<PaginatorModel> paginators, Supplier<WaiterModel> waiters,
           Presigning presigning, Map<Class<?>, Object> extensions) {
        this.pipeline = pipeline;
        this.meta = meta;
        this.exceptions = new ClientExceptions(meta.serviceModel());
        this.paginators = memoize(paginators);
        this.waiters = memoize(waiters);
        this.presigning = presigning;
        this.extensions = extensions;
    }

    /**
     * Calls an operation. The {@link Result} is the ordered map boto3 returns, with {@code ResponseMetadata}, and
     * reads typed values without casts; a service error raises {@link io.boto4j.exception.ClientError}, invalid
     * parameters a {@link io.boto4j.exception.ParamValidationError} listing every problem.
     */
    public Result call(String operationName, Map<String, Object> params) {
        if (closed) {
            throw new IllegalStateException("this " + meta.serviceModel().serviceName() + " client is closed; "
                    + operationName + " needs an open client (create a new one)");
        }
        Map<String, Object> parsed = pipeline.call(operationName, params);
        return Result.ofCall(parsed, pipeline.runtime().model(), operationName);
    }

    /**
     * Calls an operation with parameters given as a record or bean (or any {@code Map}): each property is the
     * input member of the same name, case aside ({@code queueUrl} → {@code QueueUrl}); nested records and lists
     * follow the input shape, null properties are left out, and a property the operation does not take raises
     * {@link io.boto4j.exception.ParamValidationError} with the closest member names.
     */
    @SuppressWarnings("unchecked")
    public Result call(String operationName, Object params) {
        if (params == null || params instanceof Map) {
            return call(operationName, (Map<String, Object>) params);
        }
        if (!ObjectParams.isObject(params)) {
            throw new io.boto4j.exception.ParamValidationError(java.util.List.of("Invalid parameters for "
                    + operationName + ": a " + params.getClass().getSimpleName()
                    + " is not a map, a record or a bean"));
        }
        return call(operationName, ObjectParams.from(params,
                meta.serviceModel().operationModel(operationName).inputShape()));
    }

    public Result call(String operationName) {
        return call(operationName, Map.of());
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

    /** The paginator of an operation, like {@code client.get_paginator("list_objects_v2")}; its pages are Results. */
    public Paginator<Result> getPaginator(String operationName) {
        return paginators.get().paginator(operationName, new Invoker(), ResultPages.INSTANCE);
    }

    /** The waiter of this name, like {@code client.get_waiter("bucket_exists")}. */
    public Waiter getWaiter(String waiterName) {
        return waiters.get().waiter(waiterName, new Invoker());
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
     * A service's extension of this client, as boto3 injects methods into a service's clients: for S3,
     * {@code s3.extension(PresignedPost.class).generatePresignedPost(...)}.
     *
     * @throws IllegalArgumentException when this client's service has no such extension
     */
    public <T> T extension(Class<T> type) {
        Object extension = extensions.get(type);
        if (extension == null) {
            throw new IllegalArgumentException(type.getSimpleName() + " is no extension of "
                    + meta.serviceModel().serviceName() + " clients; this client has "
                    + extensions.keySet().stream().map(Class::getSimpleName).sorted().toList());
        }
        return type.cast(extension);
    }

    /**
     * Closes the client's HTTP connections; later calls (also of its paginators and waiters) fail with
     * {@link IllegalStateException}. Closing twice does nothing more.
     */
    @Override
    public void close() {
        closed = true;
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


    /**
     * This client's calls for its paginators and waiters. Named classes rather than lambdas or method references:
     * a CLI's first call is often a paginated one, and in a fresh JVM each lambda spins a class.
     */
    private final class Invoker implements io.boto4j.paginate.OperationInvoker, io.boto4j.waiter.OperationInvoker {
        @Override
        public Map<String, Object> invoke(String operationName, Map<String, Object> params) {
            return call(operationName, params);
        }
    }

    /** A page's map as a {@link Result}. */
    private static final class ResultPages implements java.util.function.Function<Map<String, Object>, Result> {
        static final ResultPages INSTANCE = new ResultPages();

        @Override
        public Result apply(Map<String, Object> page) {
            return Result.of(page);
        }
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
