package io.boto4j.internal.logging;

import io.boto4j.http.HttpHeaders;
import io.boto4j.http.HttpRequest;
import io.boto4j.http.HttpResponse;
import io.boto4j.http.RequestBody;
import io.boto4j.internal.retry.AttemptOutcome;
import io.boto4j.internal.retry.RetryDecision;
import io.boto4j.model.OperationModel;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The log of one call. {@link #start} asks the logger once whether DEBUG is on and returns null when it is not, so a
 * call without logging builds no strings and the pipeline's checks are null tests. DEBUG: one line per retry decision
 * and one when the call ends; TRACE (on {@value #WIRE}): each attempt's request and response, headers and a body
 * capped at {@value #BODY_CAP} bytes, redacted by {@link Redaction}; streaming bodies are named, never read.
 */
public final class CallLog {
    static final String CALL = "io.boto4j.call";
    static final String WIRE = "io.boto4j.wire";
    static final int BODY_CAP = 4096;

    private static final Logger CALLS = System.getLogger(CALL);
    private static final Logger WIRES = System.getLogger(WIRE);

    private final String service;
    private final OperationModel op;
    private final boolean wire;
    private final long startNanos = System.nanoTime();
    private Redaction redaction;

    private CallLog(String service, OperationModel op, boolean wire) {
        this.service = service;
        this.op = op;
        this.wire = wire;
    }

    /** A log for this call, or null when DEBUG is off for {@value #CALL} and TRACE for {@value #WIRE}. */
    public static CallLog start(String service, OperationModel op) {
        boolean debug = CALLS.isLoggable(Level.DEBUG);
        boolean wire = WIRES.isLoggable(Level.TRACE);
        return debug || wire ? new CallLog(service, op, wire) : null;
    }

    private Redaction redaction() {
        if (redaction == null) {
            redaction = Redaction.of(op);
        }
        return redaction;
    }

    /** TRACE: the signed request of one attempt; a streaming-input payload (the caller's data) is not shown. */
    public void request(int attempt, HttpRequest request, boolean streamingInput) {
        if (!wire) {
            return;
        }
        StringBuilder b = new StringBuilder(256).append(service).append('.').append(op.name()).append(" attempt ")
                .append(attempt).append(" request: ").append(request.method()).append(' ')
                .append(Redaction.presigned(request.uri().toString()));
        headers(b, request.headers());
        RequestBody body = request.body();
        byte[] bytes = streamingInput ? null : body.bytesIfBuffered();
        if (bytes != null) {
            b.append("\n  body: ").append(body(bytes, request.headers().first("content-type")));
        } else if (body.contentLength() != 0) {
            b.append("\n  body: <streamed, ").append(body.contentLength() < 0 ? "unknown length"
                    : body.contentLength() + " bytes").append(", not logged>");
        }
        WIRES.log(Level.TRACE, b.toString());
    }

    /** TRACE: the response of one attempt; its body only when already read whole ({@code buffered}). */
    public void response(int attempt, HttpResponse response, boolean buffered) {
        if (!wire) {
            return;
        }
        StringBuilder b = new StringBuilder(256).append(service).append('.').append(op.name()).append(" attempt ")
                .append(attempt).append(" response: ").append(response.statusCode());
        headers(b, response.headers());
        b.append("\n  body: ").append(buffered ? body(response.bodyBytes(), response.headers().first("content-type"))
                : "<streamed to the caller, not logged>");
        WIRES.log(Level.TRACE, b.toString());
    }

    /** TRACE: an attempt that got no response. */
    public void noResponse(int attempt, Throwable failure) {
        if (wire) {
            WIRES.log(Level.TRACE, service + "." + op.name() + " attempt " + attempt + " got no response: "
                    + (failure == null ? "unknown" : failure.getClass().getSimpleName() + ": " + failure.getMessage()));
        }
    }

    /** DEBUG: what the retry strategy (or a needs-retry handler) decided after an attempt. */
    public void retryDecision(AttemptOutcome outcome, RetryDecision decision, Duration forced, boolean again,
                              Duration delay, int maxAttempts) {
        if (!CALLS.isLoggable(Level.DEBUG)) {
            return;
        }
        String what = outcome.hasResponse() ? "HTTP " + outcome.statusCode()
                + (outcome.errorCode() == null ? "" : " " + outcome.errorCode())
                : outcome.failure().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String why;
        if (again) {
            why = (forced != null ? "retrying as a needs-retry handler asked" : "retrying") + " after "
                    + millis(delay) + " ms";
        } else if (outcome.isSuccess()) {
            return; // a success is no decision worth a line: the call line follows
        } else if (decision.maxAttemptsReached()) {
            why = "not retrying: max attempts (" + maxAttempts + ") reached";
        } else if (decision.quotaExhausted()) {
            why = "not retrying: retry quota exhausted";
        } else {
            why = "not retrying: not a retryable error";
        }
        CALLS.log(Level.DEBUG, service + "." + op.name() + " attempt " + outcome.attempt() + ": " + what + "; " + why);
    }

    /** DEBUG: the one line of a call that got a response (success or error status). */
    public void finished(Map<String, Object> parsed, int status, int attempts) {
        if (!CALLS.isLoggable(Level.DEBUG)) {
            return;
        }
        Object requestId = null;
        if (parsed != null && parsed.get("ResponseMetadata") instanceof Map<?, ?> meta) {
            requestId = meta.get("RequestId");
        }
        String error = null;
        if (status >= 300 && parsed != null && parsed.get("Error") instanceof Map<?, ?> err) {
            error = String.valueOf(err.get("Code"));
        }
        CALLS.log(Level.DEBUG, service + "." + op.name() + " -> HTTP " + status + (error == null ? "" : " " + error)
                + " in " + attempts + (attempts == 1 ? " attempt, " : " attempts, ") + elapsedMillis() + " ms"
                + ", request id " + requestId);
    }

    /** DEBUG: the line of a call that ended without a response. */
    public void failed(Throwable error, int attempts) {
        if (CALLS.isLoggable(Level.DEBUG)) {
            CALLS.log(Level.DEBUG, service + "." + op.name() + " -> failed without a response after " + attempts
                    + (attempts == 1 ? " attempt, " : " attempts, ") + elapsedMillis() + " ms: "
                    + error.getClass().getSimpleName());
        }
    }

    /** DEBUG: a call answered by a before-call handler without going to the network. */
    public void shortCircuited() {
        if (CALLS.isLoggable(Level.DEBUG)) {
            CALLS.log(Level.DEBUG, service + "." + op.name() + " -> answered by a before-call handler in "
                    + elapsedMillis() + " ms");
        }
    }

    private long elapsedMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static long millis(Duration d) {
        return d == null ? 0 : d.toMillis();
    }

    private void headers(StringBuilder b, HttpHeaders headers) {
        Redaction r = redaction();
        headers.forEachValue((name, value) -> b.append("\n  ").append(name).append(": ").append(r.header(name, value)));
    }

    private String body(byte[] bytes, String contentType) {
        if (bytes.length == 0) {
            return "<empty>";
        }
        if (!isText(contentType, bytes)) {
            return "<" + bytes.length + " bytes, binary>";
        }
        int shown = Math.min(bytes.length, BODY_CAP);
        String text = redaction().body(new String(bytes, 0, shown, StandardCharsets.UTF_8));
        return shown < bytes.length ? text + "... <" + (bytes.length - shown) + " more bytes>" : text;
    }

    private static boolean isText(String contentType, byte[] bytes) {
        if (contentType != null) {
            String t = contentType.toLowerCase(Locale.ROOT);
            if (t.contains("cbor") || t.contains("octet-stream") || t.contains("eventstream")) {
                return false;
            }
            if (t.contains("json") || t.contains("xml") || t.startsWith("text/") || t.contains("form-urlencoded")) {
                return true;
            }
        }
        byte first = bytes[0];
        return first == '{' || first == '<' || first == '[';
    }
}
