package io.boto4j.internal.pipeline;

import io.boto4j.internal.auth.SigningContext;
import io.boto4j.internal.logging.CallLog;
import io.boto4j.events.Endpoint;
import io.boto4j.internal.endpoints.ResolvedEndpoint;
import io.boto4j.events.CallEvents;
import io.boto4j.events.EventEmitter;
import io.boto4j.events.HandlerResponse;
import io.boto4j.exception.BotoCoreError;
import io.boto4j.exception.ClientError;
import io.boto4j.http.HttpRequest;
import io.boto4j.http.HttpResponse;
import io.boto4j.model.OperationModel;
import io.boto4j.internal.protocol.SerializedRequest;
import io.boto4j.internal.retry.AttemptOutcome;
import io.boto4j.internal.retry.ClockSkew;
import io.boto4j.internal.retry.RetryCall;
import io.boto4j.internal.retry.RetryDecision;
import io.boto4j.internal.retry.Sleeper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The one call path of every client, in botocore's order. Read top to bottom:
 *
 * <pre>
 *  call(operation, params)
 *   │ provide-client-params.{svc}.{Op}      a handler's map replaces the params
 *   │ before-parameter-build.{svc}.{Op}     handlers change the params
 *   │ prepare input                         checksum-mode default (response_checksum_validation)
 *   │ before-endpoint-resolution.{svc}      handlers change the built-ins; the rule set answers
 *   │ validate + serialize                  ParamValidationError lists every problem; protocol
 *   │                                       serializer → SerializedRequest → HttpRequest
 *   │ compress                              gzip where the operation accepts it (requestcompression)
 *   │ before-call.{svc}.{Op}                a handler's result short-circuits (Stubber)
 *   │ request-created.{svc}.{Op}
 *   │ request checksum                      flexible checksum header or aws-chunked trailer
 *   ├─ attempt loop ───────────────────────────────────────────────────────────────────────
 *   │   retry headers                       amz-sdk-invocation-id, amz-sdk-request
 *   │   choose-signer / before-sign → sign  a fresh signature for every attempt
 *   │   before-send.{svc}.{Op}              a handler's HttpResponse replaces the network
 *   │   HTTP
 *   │   before-parse.{svc}.{Op}             a handler's HttpResponse replaces the received one
 *   │   parse / parseError
 *   │   needs-retry.{svc}.{Op}              a handler's number of seconds forces a retry; it may
 *   │                                       point the retry at another region (reroute_to_region)
 *   │   retry strategy                      legacy / standard / adaptive; clock-skew correction
 *   ├───────────────────────────────────────────────────────────────────────────────────────
 *   │ response-received.{svc}.{Op}
 *   │ after-call.{svc}.{Op}  or  after-call-error.{svc}.{Op} (no response at all, or any exception
 *   │                                       thrown on the way: credentials, validation, a handler)
 *   └ result, or ClientError for a status of 300 and above
 * </pre>
 *
 * Core steps are stages with explicit inputs and outputs, never event handlers; events are emitted only where
 * handlers are registered, so a call without handlers builds no argument maps. Presigning shares the call's
 * start and signing events: {@link #prepareForPresigning} (boto3's generate_presigned_url), and for the customizations
 * {@link #presignInRegion} (a serialized request presigned for another region: cross-region copy sources) and
 * {@link #presignRequest} (a request that is no operation: database auth tokens).
 */
public final class CallPipeline {
    private static final String NOT_RETRIED_STREAM = "not retried: the request body is a stream that was sent once "
            + "and cannot be read again (pass bytes, a Path or a mark-supporting InputStream to allow retries)";
    private final ClientRuntime rt;
    private final Sleeper sleeper;
    private final Map<String, OperationPlan> plans = new ConcurrentHashMap<>();

    public CallPipeline(ClientRuntime runtime) {
        this(runtime, Sleeper.SYSTEM);
    }

    /** A pipeline whose retry back-off waits through {@code sleeper}. */
    public CallPipeline(ClientRuntime runtime, Sleeper sleeper) {
        this.rt = runtime;
        this.sleeper = sleeper;
    }

    public ClientRuntime runtime() {
        return rt;
    }

    public Map<String, Object> call(String operationName, Map<String, Object> callerParams) {
        OperationPlan plan = plan(operationName);
        Map<String, Object> context = new HashMap<>(8);
        context.put("client_region", rt.regionName());
        context.put("has_streaming_input", plan.hasStreamingInput());
        try {
            return call(plan, callerParams, context);
        } catch (RuntimeException failure) {
            // botocore emits after-call-error for any exception of the request (a credential failure at signing
            // included); boto4j also for one before before-call (validation, endpoint), so an observer of calls
            // hears the end of every call it saw start. Not twice: the paths that emit it mark the context.
            EventEmitter events = rt.events();
            if (context.remove(CALL_ENDED) == null && events.hasHandlers(plan.afterCallError())) {
                events.emit(CallEvents.afterCallError(plan.afterCallError(), failure, context));
            }
            throw failure;
        }
    }

    /** Marks a call's context once after-call or after-call-error has been emitted for it. */
    private static final String CALL_ENDED = "boto4j_call_ended";

    private Map<String, Object> call(OperationPlan plan, Map<String, Object> callerParams,
                                     Map<String, Object> context) {
        OperationModel op = plan.operation();
        EventEmitter events = rt.events();
        CallLog log = CallLog.start(rt.model().serviceName(), op);
        Started started = start(plan, callerParams, context);
        Map<String, Object> params = started.params();
        ResolvedEndpoint endpoint = started.endpoint();
        context.put("endpoint_properties", endpoint.properties());
        SerializedRequest serialized = rt.compression().apply(op, rt.serializer().serialize(op, params));
        HttpRequest.Builder request = RequestAssembly.assemble(op, serialized, endpoint,
                rt.injectHostPrefix(), rt.userAgent());

        if (events.hasHandlers(plan.beforeCall())) {
            HandlerResponse r = events.emitUntilResponse(CallEvents.beforeCall(plan.beforeCall(), op, params, request,
                    context));
            if (r != null && r.response() instanceof Map<?, ?> stubbed) {
                if (log != null) {
                    log.shortCircuited();
                }
                return finish(plan, null, cast(stubbed), context, null);
            }
        }
        if (events.hasHandlers(plan.requestCreated())) {
            events.emit(CallEvents.requestCreated(plan.requestCreated(), request, op.name(), context));
        }
        rt.checksums().addRequestChecksum(op, params, request);
        Attempted result = attempt(plan, params, request, endpoint, context, log);
        if (log != null) {
            log.finished(result.parsed, ResponseMetadataStage.status(result.parsed), result.attempts);
        }
        return finish(plan, result.response, result.parsed, context, result.notRetried);
    }

    /** {@code notRetried}: why an attempt the retry policy would have repeated was not, or null. */
    private record Attempted(HttpResponse response, Map<String, Object> parsed, int attempts, String notRetried) {
    }

    private record Started(Map<String, Object> params, ResolvedEndpoint endpoint) {
    }

    /**
     * The start that a call and a presigned URL share, as botocore's: provide-client-params, before-parameter-build,
     * input preparation, then the endpoint (before-endpoint-resolution).
     */
    private Started start(OperationPlan plan, Map<String, Object> callerParams, Map<String, Object> context) {
        OperationModel op = plan.operation();
        EventEmitter events = rt.events();
        Map<String, Object> params = callerParams == null ? Map.of() : callerParams;
        if (events.hasHandlers(plan.provideClientParams())) {
            HandlerResponse r = events.emitUntilResponse(CallEvents.provideClientParams(plan.provideClientParams(),
                    params, op, context));
            if (r != null && r.response() instanceof Map<?, ?> replaced) {
                params = cast(replaced);
            }
        }
        if (events.hasHandlers(plan.beforeParameterBuild())) {
            params = new LinkedHashMap<>(params);
            events.emit(CallEvents.beforeParameterBuild(plan.beforeParameterBuild(), params, op, context));
        }
        if (!Boolean.TRUE.equals(context.get("is_presign_request"))) {
            // botocore adds the response-checksum mode to calls only: a presigned link is followed by clients that
            // send no x-amz-checksum-mode, so signing it would break the link
            params = rt.inputPreparation().prepare(op, params);
        }
        return new Started(params, rt.endpoints().resolve(events, op, params, context));
    }

    /** before-sign: handlers may change the request about to be signed (each attempt, and a presigned URL). */
    private HttpRequest beforeSign(OperationPlan plan, HttpRequest unsigned, SigningContext signing,
                                   Map<String, Object> context) {
        EventEmitter events = rt.events();
        if (!events.hasHandlers(plan.beforeSign())) {
            return unsigned;
        }
        HttpRequest.Builder mutable = unsigned.toBuilder();
        events.emit(CallEvents.beforeSign(plan.beforeSign(), mutable, plan.operation().name(),
                EventViews.signing(signing), context));
        return mutable.build();
    }

    /** A request ready to be presigned and the context to sign it with. */
    public record PresignTarget(HttpRequest request, SigningContext signing) {
    }

    /**
     * The request of a call as far as presigning needs it: the call's own start (provide-client-params,
     * before-parameter-build, endpoint), validation and serialization, choose-signer and before-sign, then a
     * signing context whose payload is unsigned, as botocore presigns.
     *
     * @param httpMethod a method to use instead of the operation's, or null
     */
    public PresignTarget prepareForPresigning(String operationName, Map<String, Object> callerParams, String httpMethod) {
        OperationPlan plan = plan(operationName);
        OperationModel op = plan.operation();
        EventEmitter events = rt.events();
        Map<String, Object> context = new HashMap<>(8);
        context.put("is_presign_request", true);
        Started started = start(plan, callerParams, context);
        Map<String, Object> params = started.params();
        ResolvedEndpoint endpoint = started.endpoint();
        SerializedRequest serialized = rt.serializer().serialize(op, params);
        HttpRequest.Builder request = RequestAssembly.assemble(op, serialized, endpoint,
                rt.injectHostPrefix(), rt.userAgent());
        request.removeHeader("User-Agent");
        if (httpMethod != null) {
            request.method(httpMethod);
        }
        HttpRequest built = request.build();
        SigningContext signing = rt.signing().context(op, endpoint, built, events, plan.chooseSigner(), context);
        if (signing == null) {
            throw new io.boto4j.exception.UnsupportedSignatureVersionError(
                    "Cannot presign " + op.name() + ": the request is not signed (signature version UNSIGNED)");
        }
        built = beforeSign(plan, built, signing, context);
        return new PresignTarget(built, signing.toBuilder()
                .payloadSigning(io.boto4j.internal.auth.PayloadSigning.UNSIGNED).build());
    }


    /**
     * A request already serialized by this client, presigned as a client of {@code region} would presign it: the
     * URL moved to that region's endpoint, signed for that region, the body moved into the query (botocore's
     * cross-region source URLs of EC2 and RDS copies). A generic hook: the customizations decide what to presign.
     */
    public java.net.URI presignInRegion(String operationName, Map<String, Object> params, HttpRequest request,
                                        String region, Duration expiresIn) {
        OperationPlan plan = plan(operationName);
        OperationModel op = plan.operation();
        ResolvedEndpoint here = rt.endpoints().resolveInRegion(op, params, rt.regionName());
        ResolvedEndpoint there = rt.endpoints().resolveInRegion(op, params, region);
        HttpRequest moved = request.toBuilder().uri(RequestAssembly.rebase(request.uri(), here, there)).build();
        Map<String, Object> context = new HashMap<>(4);
        context.put("is_presign_request", true);
        SigningContext signing = rt.signing().context(op, there, moved, rt.events(), plan.chooseSigner(), context);
        if (signing == null) {
            throw new io.boto4j.exception.UnsupportedSignatureVersionError(
                    "Cannot presign " + op.name() + ": the request is not signed (signature version UNSIGNED)");
        }
        SigningContext inRegion = signing.toBuilder().region(region)
                .payloadSigning(io.boto4j.internal.auth.PayloadSigning.UNSIGNED).build();
        return io.boto4j.internal.auth.signer.Presigner.presign(moved, inRegion, expiresIn);
    }


    /** A request that is no operation of the model (a database auth token) presigned with SigV4 and the client's credentials. */
    public java.net.URI presignRequest(HttpRequest request, String signingName, String region, Duration expiresIn) {
        return io.boto4j.internal.auth.signer.Presigner.presign(request, rt.signing().sigV4(signingName, region), expiresIn);
    }


    private Attempted attempt(OperationPlan plan, Map<String, Object> params, HttpRequest.Builder request,
                              ResolvedEndpoint endpoint, Map<String, Object> context, CallLog log) {
        OperationModel op = plan.operation();
        EventEmitter events = rt.events();
        RetryCall retry = rt.retryStrategy().newCall();
        String invocationId = InvocationIds.next();
        CurrentEndpoint current = new CurrentEndpoint(op, params, request, endpoint);
        for (int attempt = 1; ; attempt++) {
            awaitTurn(retry);
            request.header("amz-sdk-invocation-id", invocationId);
            request.header("amz-sdk-request", "attempt=" + attempt + "; max=" + rt.retryStrategy().maxAttempts());
            HttpRequest unsigned = request.build();
            SigningContext signing = rt.signing().context(op, current.endpoint, unsigned, events, plan.chooseSigner(), context);
            unsigned = beforeSign(plan, unsigned, signing, context);
            HttpRequest signed = rt.signing().sign(unsigned, signing);

            HttpResponse response = null;
            IOException failure = null;
            if (events.hasHandlers(plan.beforeSend())) {
                // the signed request as a builder: what handlers change is sent as it is, not signed again
                HttpRequest.Builder sending = signed.toBuilder();
                HandlerResponse r = events.emitUntilResponse(CallEvents.beforeSend(plan.beforeSend(), sending,
                        context));
                signed = sending.build();
                if (r != null && r.response() instanceof HttpResponse replaced) {
                    response = replaced;
                }
            }
            if (log != null) {
                log.request(attempt, signed, plan.hasStreamingInput());
            }
            if (response == null) {
                try {
                    response = rt.http().execute(signed);
                    if (plan.buffersResponse()) {
                        // botocore reads a whole body inside the attempt, so a body cut short is a connection
                        // failure the retry strategy sees (ConnectionClosedError), not a parse error after it
                        response.bodyBytes();
                    }
                } catch (IOException e) {
                    failure = e;
                } catch (UncheckedIOException e) {
                    failure = e.getCause();
                    response.close();
                    response = null;
                }
            }

            if (log != null) {
                if (response != null) {
                    log.response(attempt, response, plan.buffersResponse());
                } else {
                    log.noResponse(attempt, failure);
                }
            }
            Map<String, Object> parsed = null;
            AttemptOutcome outcome;
            if (response != null && events.hasHandlers(plan.beforeParse())) {
                HandlerResponse r = events.emitUntilResponse(CallEvents.beforeParse(plan.beforeParse(), op, response,
                        context));
                if (r != null && r.response() instanceof HttpResponse replaced) {
                    response = replaced;
                }
            }
            if (response != null) {
                parsed = response.statusCode() < 300
                        ? rt.responses().parseSuccess(op, params, response)
                        : rt.responses().parseError(op, response);
                outcome = rt.responses().outcome(op, attempt, response, parsed);
                Optional<Duration> skew = ClockSkew.offset(outcome, rt.signing().clock().instant());
                if (skew.isPresent()) {
                    rt.signing().correctClock(skew.get());
                    outcome = outcome.withCallerRetryable(true);
                }
            } else {
                outcome = AttemptOutcome.failure(attempt, ConnectionFailures.kind(failure));
            }

            Duration forced = null;
            if (events.hasHandlers(plan.needsRetry())) {
                HandlerResponse r = events.emitUntilResponse(CallEvents.needsRetry(plan.needsRetry(), parsed,
                        response, EventViews.endpoint(current.endpoint), op, params, attempt, failure, signed, request,
                        current,
                        context));
                if (r != null && r.response() instanceof Number seconds) {
                    forced = Duration.ofMillis((long) (seconds.doubleValue() * 1000));
                }
            }
            RetryDecision decision = retry.afterAttempt(outcome);
            boolean again = forced != null ? attempt < rt.retryStrategy().maxAttempts() : decision.retry();
            // a read-once stream already sent cannot be sent again: retrying would open a connection only to fail
            // (botocore raises UnseekableStreamError); the attempt's own failure is what the caller needs to see
            boolean unrepeatable = again && signed.body() != null && !signed.body().isRepeatable();
            again &= !unrepeatable;
            Duration delay = forced != null ? forced : decision.delay();
            if (log != null) {
                log.retryDecision(outcome, decision, forced, again, delay, rt.retryStrategy().maxAttempts());
            }
            if (!again) {
                if (response == null) {
                    if (events.hasHandlers(plan.afterCallError())) {
                        context.put(CALL_ENDED, Boolean.TRUE);
                        events.emit(CallEvents.afterCallError(plan.afterCallError(), failure, context));
                    }
                    BotoCoreError error = ConnectionFailures.toError(failure, signed,
                            unrepeatable ? "; " + NOT_RETRIED_STREAM : "");
                    if (log != null) {
                        log.failed(error, attempt);
                    }
                    throw error;
                }
                ResponseMetadataStage.record(parsed, attempt - 1, decision.maxAttemptsReached());
                return new Attempted(response, parsed, attempt, unrepeatable ? NOT_RETRIED_STREAM : null);
            }
            if (response != null) {
                response.close();
            }
            if (delay != null) {
                sleeper.pause(delay, "waiting to retry " + op.name());
            }
        }
    }

    private Map<String, Object> finish(OperationPlan plan, HttpResponse response, Map<String, Object> parsed,
                                       Map<String, Object> context, String notRetried) {
        OperationModel op = plan.operation();
        EventEmitter events = rt.events();
        if (events.hasHandlers(plan.responseReceived())) {
            events.emit(CallEvents.responseReceived(plan.responseReceived(), null, response, parsed, context));
        }
        if (events.hasHandlers(plan.afterCall())) {
            // a handler that throws here leaves the call unmarked: after-call-error then reports its exception
            events.emit(CallEvents.afterCall(plan.afterCall(), response, parsed, op, context));
        }
        int status = ResponseMetadataStage.status(parsed);
        if (status >= 300) {
            // a service's error response ends the call as after-call reports it, never as after-call-error
            context.put(CALL_ENDED, Boolean.TRUE);
            throw notRetried == null ? new ClientError(parsed, op.name())
                    : new ClientError(parsed, op.name(), notRetried);
        }
        return parsed;
    }

    private OperationPlan plan(String operationName) {
        OperationPlan p = plans.get(operationName);
        if (p == null) {
            OperationModel op = rt.model().operationModel(operationName);
            // get-then-put, not computeIfAbsent: its lambda would spin a class on a fresh JVM's first call
            p = plans.get(op.name());
            if (p == null) {
                OperationPlan made = new OperationPlan(rt.operationAdapter().apply(op), rt.model().eventName());
                p = plans.putIfAbsent(op.name(), made);
                if (p == null) {
                    p = made;
                }
            }
            plans.putIfAbsent(operationName, p);
        }
        return p;
    }

    /**
     * The attempt's endpoint, which a {@code needs-retry} handler may move to another region (S3's redirect); a
     * named class, as a lambda would spin a class on a fresh JVM's first call.
     */
    private final class CurrentEndpoint implements Function<String, Endpoint> {
        private final OperationModel op;
        private final Map<String, Object> params;
        private final HttpRequest.Builder request;
        ResolvedEndpoint endpoint;

        CurrentEndpoint(OperationModel op, Map<String, Object> params, HttpRequest.Builder request,
                        ResolvedEndpoint endpoint) {
            this.op = op;
            this.params = params;
            this.request = request;
            this.endpoint = endpoint;
        }

        @Override
        public Endpoint apply(String region) {
            ResolvedEndpoint moved = rt.endpoints().resolveInRegion(op, params, region);
            request.uri(RequestAssembly.rebase(request.build().uri(), endpoint, moved));
            endpoint = moved;
            return EventViews.endpoint(moved);
        }
    }

    private static void awaitTurn(RetryCall retry) {
        try {
            retry.beforeAttempt();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BotoCoreError("Interrupted while waiting for the client-side rate limiter", e);
        }
    }


    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }
}
