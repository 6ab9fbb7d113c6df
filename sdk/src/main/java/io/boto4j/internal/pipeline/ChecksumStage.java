package io.boto4j.internal.pipeline;


import io.boto4j.internal.model.ModelTrees;
import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.checksums.AwsChunkedInputStream;
import io.boto4j.internal.checksums.ChecksumAlgorithm;
import io.boto4j.internal.checksums.ChecksumCalculator;
import io.boto4j.internal.checksums.ResponseChecksums;
import io.boto4j.exception.ChecksumError;
import io.boto4j.http.HttpHeaders;
import io.boto4j.http.HttpRequest;
import io.boto4j.http.HttpResponse;
import io.boto4j.http.RequestBody;
import io.boto4j.internal.http.BodyLength;
import io.boto4j.http.StreamingBody;
import io.boto4j.model.OperationModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Flexible checksums as botocore computes them: on requests whose operation asks for one (or when
 * {@code request_checksum_calculation = when_supported} and the operation supports one), CRC32 unless the
 * caller chose an algorithm — in a header, or as an aws-chunked trailer for streaming uploads over HTTPS; on
 * responses, the strongest checksum the service sent is checked, and a mismatch raises {@link ChecksumError}
 * instead of returning the data.
 */
final class ChecksumStage {
    private final boolean calculateWhenSupported;
    private final boolean validateWhenSupported;
    // per operation: parsing the model's names on every call threw (and filled the stack trace of) one
    // exception per unsupported algorithm, the xxhash family of GetObject
    private final Map<OperationModel, List<ChecksumAlgorithm>> responseAlgorithms = new ConcurrentHashMap<>();

    ChecksumStage(String requestChecksumCalculation, String responseChecksumValidation) {
        this.calculateWhenSupported = !"when_required".equalsIgnoreCase(requestChecksumCalculation);
        this.validateWhenSupported = !"when_required".equalsIgnoreCase(responseChecksumValidation);
    }

    /** Before validation: asks for response checksums where the operation has a validation-mode member. */
    Map<String, Object> prepareParams(OperationModel op, Map<String, Object> params) {
        JsonNode trait = ModelTrees.httpChecksum(op);
        if (trait == null || !validateWhenSupported) {
            return params;
        }
        String modeMember = trait.path("requestValidationModeMember").asString(null);
        if (modeMember == null || params.containsKey(modeMember)) {
            return params;
        }
        Map<String, Object> copy = new LinkedHashMap<>(params);
        copy.put(modeMember, "ENABLED");
        return copy;
    }

    void addRequestChecksum(OperationModel op, Map<String, Object> params, HttpRequest.Builder request) {
        ChecksumAlgorithm algorithm = requestAlgorithm(op, params);
        if (algorithm == null) {
            return;
        }
        HttpRequest current = request.build();
        // only a flexible checksum the caller supplied counts: with ContentMD5 alone, botocore 1.43 adds CRC32 too
        if (hasFlexibleChecksumHeader(current.headers())) {
            return;
        }
        RequestBody body = current.body();
        byte[] bytes = body.bytesIfBuffered();
        // over https a body of known payload length (its own, or the caller's ContentLength for a stream) goes
        // aws-chunked with the checksum in a trailer
        long decoded = bytes != null || !"https".equalsIgnoreCase(current.uri().getScheme()) ? -1
                : BodyLength.of(body, current.headers().first("Content-Length"));
        if (bytes != null) {
            request.header(algorithm.headerName(), algorithm.base64Of(bytes));
        } else if (decoded >= 0) {
            for (Map.Entry<String, String> h : AwsChunkedInputStream.requestHeaders(algorithm, decoded).entrySet()) {
                request.header(h.getKey(), h.getValue());
            }
            // the caller's ContentLength is the payload's; what goes on the wire is the encoded body, whose
            // length the HTTP layer sends (botocore drops the header for the same reason)
            request.removeHeader("Content-Length");
            request.body(new ChunkedBody(body, algorithm,
                    AwsChunkedInputStream.encodedLength(decoded, algorithm, AwsChunkedInputStream.DEFAULT_CHUNK_SIZE)));
        } else if (body.isRepeatable()) {
            request.header(algorithm.headerName(), checksumOf(body, algorithm));
        } else {
            // a one-shot stream over plain HTTP cannot be read twice: it goes without a checksum, as it must
            return;
        }
        String algorithmHeader = defaultAlgorithmHeader(op, params);
        if (algorithmHeader != null && !current.headers().contains(algorithmHeader)) {
            // the default algorithm is announced in the algorithm member's header, as botocore does
            request.header(algorithmHeader, algorithm.id().toUpperCase(Locale.ROOT));
        }
    }

    /** The header of the operation's algorithm member when the caller left it unset, else null. */
    private static String defaultAlgorithmHeader(OperationModel op, Map<String, Object> params) {
        JsonNode trait = ModelTrees.httpChecksum(op);
        String member = trait == null ? null : trait.path("requestAlgorithmMember").asString(null);
        if (member == null || params.get(member) != null || op.inputShape() == null
                || op.inputShape().member(member) == null) {
            return null;
        }
        var shape = op.inputShape().member(member);
        return "header".equals(shape.location()) ? shape.locationName() : null;
    }

    /** True when the request carries a flexible checksum ({@code x-amz-checksum-<algorithm>}). */
    private static boolean hasFlexibleChecksumHeader(HttpHeaders headers) {
        for (String name : headers.names()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("x-amz-checksum-") && !lower.equals("x-amz-checksum-mode")
                    && !lower.equals("x-amz-checksum-type")) {
                return true;
            }
        }
        return false;
    }

    private ChecksumAlgorithm requestAlgorithm(OperationModel op, Map<String, Object> params) {
        JsonNode trait = ModelTrees.httpChecksum(op);
        boolean required = op.isHttpChecksumRequired();
        if (trait != null) {
            String member = trait.path("requestAlgorithmMember").asString(null);
            Object chosen = member == null ? null : params.get(member);
            if (chosen != null) {
                return ChecksumAlgorithm.fromName(chosen.toString());
            }
            required |= trait.path("requestChecksumRequired").asBoolean(false);
            if (calculateWhenSupported && member != null) {
                return ChecksumAlgorithm.CRC32;
            }
        }
        return required ? ChecksumAlgorithm.CRC32 : null;
    }

    /** True when the request already carries a body checksum (a flexible one, or Content-MD5). */
    static boolean hasChecksumHeader(HttpHeaders headers) {
        for (String name : headers.names()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("x-amz-checksum-") && !lower.equals("x-amz-checksum-mode")
                    && !lower.equals("x-amz-checksum-type") || lower.equals("content-md5")) {
                return true;
            }
        }
        return false;
    }

    private static String checksumOf(RequestBody body, ChecksumAlgorithm algorithm) {
        ChecksumCalculator calc = algorithm.newCalculator();
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = body.newStream()) {
            for (int n; (n = in.read(buf)) > 0; ) {
                calc.update(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the request body for its checksum failed", e);
        }
        return Base64.getEncoder().encodeToString(calc.digest());
    }

    /** Checks the response against the strongest checksum it carries, when the operation validates responses. */
    Map<String, Object> validateResponse(OperationModel op, Map<String, Object> params, HttpResponse response,
                                         Map<String, Object> parsed) {
        JsonNode trait = ModelTrees.httpChecksum(op);
        if (trait == null || !trait.has("responseAlgorithms")) {
            return parsed;
        }
        String modeMember = trait.path("requestValidationModeMember").asString(null);
        if (modeMember == null || !"ENABLED".equals(String.valueOf(params.get(modeMember)))) {
            return parsed;
        }
        List<ChecksumAlgorithm> candidates = responseAlgorithms.get(op);
        if (candidates == null) { // get-then-put: a computeIfAbsent lambda spins a class on a fresh JVM
            candidates = supported(trait);
            responseAlgorithms.putIfAbsent(op, candidates);
        }
        var expected = ResponseChecksums.select(new FirstHeader(response.headers()), candidates);
        if (expected.isEmpty()) {
            return parsed;
        }
        ChecksumAlgorithm algorithm = expected.get().algorithm();
        String want = expected.get().base64();
        for (Object v : parsed.values()) {
            if (v instanceof StreamingBody body) {
                ChecksumCalculator calc = algorithm.newCalculator();
                body.withValidator(new StreamingBody.Validator() {
                    @Override
                    public void update(byte[] bytes, int offset, int length) {
                        calc.update(bytes, offset, length);
                    }

                    @Override
                    public void verify() {
                        requireMatch(algorithm, want, Base64.getEncoder().encodeToString(calc.digest()));
                    }
                });
                return parsed;
            }
        }
        requireMatch(algorithm, want, algorithm.base64Of(response.bodyBytes()));
        return parsed;
    }

    /** The operation's response algorithms this SDK can compute, in the model's order. */
    private static List<ChecksumAlgorithm> supported(JsonNode trait) {
        List<ChecksumAlgorithm> out = new ArrayList<>();
        for (JsonNode a : trait.get("responseAlgorithms")) {
            try {
                out.add(ChecksumAlgorithm.fromName(a.asString()));
            } catch (IllegalArgumentException unsupported) {
                // xxhash and friends need native code; botocore skips them without awscrt too
            }
        }
        return List.copyOf(out);
    }

    private static void requireMatch(ChecksumAlgorithm algorithm, String expected, String calculated) {
        if (!calculated.equals(expected)) {
            throw new ChecksumError("Expected checksum " + expected + " did not match calculated checksum "
                    + calculated + " (" + algorithm.id() + ")");
        }
    }

    /** A body sent aws-chunked with its checksum in the trailer; repeatable when the underlying body is. */
    private record ChunkedBody(RequestBody raw, ChecksumAlgorithm algorithm, long length) implements RequestBody {
        @Override
        public long contentLength() {
            return length;
        }

        @Override
        public InputStream newStream() {
            return new AwsChunkedInputStream(raw.newStream(), algorithm);
        }

        @Override
        public boolean isRepeatable() {
            return raw.isRepeatable();
        }
    }

    /** A response header's first value by name (a named class: a method reference spins a class on a fresh JVM). */
    private static final class FirstHeader implements java.util.function.Function<String, String> {
        private final io.boto4j.http.HttpHeaders headers;

        FirstHeader(io.boto4j.http.HttpHeaders headers) {
            this.headers = headers;
        }

        @Override
        public String apply(String name) {
            return headers.first(name);
        }
    }
}
