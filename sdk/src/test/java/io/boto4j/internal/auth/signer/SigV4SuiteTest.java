package io.boto4j.internal.auth.signer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.boto4j.internal.auth.SigningContext;
import io.boto4j.internal.auth.SigningCredentials;
import io.boto4j.http.HttpRequest;
import io.boto4j.http.RequestBody;
import io.boto4j.testsupport.Corpus;
import io.boto4j.testsupport.KnownFailures;
import io.boto4j.testsupport.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The AWS SigV4 test suite ({@code ../shared/conformance/sigv4}): for every case, our canonical request, string to
 * sign, Authorization header and the whole signed request ({@code .sreq}: method, target, every header in order,
 * body) equal the expected files.
 */
class SigV4SuiteTest {
    static final Clock SUITE_TIME = Clock.fixed(Instant.parse("2015-08-30T12:36:00Z"), ZoneOffset.UTC);
    private static final KnownFailures KNOWN = KnownFailures.forSuite("sigv4");

    @TestFactory
    Stream<DynamicTest> everySuiteCaseSignsAsExpected() throws IOException {
        Path root = SharedData.conformance("sigv4");
        List<Path> cases = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> p.toString().endsWith(".req")).sorted().forEach(cases::add);
        }
        // the corpus: one directory per case, each holding its .req beside .creq/.sts/.authz
        Corpus.assertLoaded("sigv4", Corpus.files(Corpus.dir("sigv4"), ".authz"), cases.size());
        Corpus.assertLoaded("sigv4 signed requests", Corpus.files(Corpus.dir("sigv4"), ".sreq"), cases.size());
        List<DynamicTest> tests = new ArrayList<>();
        for (Path req : cases) {
            String id = root.relativize(req.getParent()).toString();
            tests.add(DynamicTest.dynamicTest(id, () -> KNOWN.run("", id, () -> check(req))));
        }
        tests.add(KNOWN.everyEntryWasUsed());
        return tests.stream();
    }

    private static void check(Path reqFile) {
        String base = reqFile.toString().substring(0, reqFile.toString().length() - 4);
        String creq = read(base + ".creq");
        String token = null;
        for (String line : creq.split("\n")) {
            if (line.startsWith("x-amz-security-token:")) {
                token = line.substring("x-amz-security-token:".length());
            }
        }
        HttpRequest request = parse(read(reqFile.toString()));
        SigningContext ctx = SigningContext.builder()
                .credentials(new SigningCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", token))
                .signingName("service").region("us-east-1").clock(SUITE_TIME).build();
        SigV4Signer.Signature s = SigV4Signer.INSTANCE.explain(request, ctx);
        assertEquals(creq, s.canonicalRequest(), "canonical request");
        assertEquals(read(base + ".sts"), s.stringToSign(), "string to sign");
        HttpRequest signed = SigV4Signer.INSTANCE.sign(request, ctx);
        assertEquals(read(base + ".authz"), signed.headers().first("Authorization"), "authorization");
        HttpRequest expected = parse(read(base + ".sreq"));
        String tokenAfter = expected.headers().first("X-Amz-Security-Token");
        if (token == null && tokenAfter != null) {
            // post-sts-header-after: the suite's readme has the token added after signing, outside the signature
            signed = signed.toBuilder().header("X-Amz-Security-Token", tokenAfter).build();
        }
        assertEquals(wireForm(expected), wireForm(signed), "signed request (.sreq)");
    }

    /**
     * Method, target, every header value (by name; one name's values in order) and the body, one per line; the suite writes its added
     * Authorization header as {@code "Authorization: "} where the others have no space, so values are compared
     * without the blank after the colon.
     */
    private static String wireForm(HttpRequest request) {
        StringBuilder out = new StringBuilder(request.method()).append(' ').append(request.uri().getRawPath());
        if (request.uri().getRawQuery() != null) {
            out.append('?').append(request.uri().getRawQuery());
        }
        out.append('\n');
        List<String[]> headers = new ArrayList<>();
        request.headers().forEachValue((name, value) -> headers.add(new String[] {name,
                name.equalsIgnoreCase("Authorization") ? value.stripLeading() : value}));
        // the order of different names carries no meaning in HTTP; the order of one name's values does (stable sort)
        headers.sort(java.util.Comparator.comparing(h -> h[0].toLowerCase(java.util.Locale.ROOT)));
        headers.forEach(h -> out.append(h[0]).append(':').append(h[1]).append('\n'));
        out.append('\n');
        try (var in = request.body().newStream()) {
            out.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Parses the suite's raw request: request line, headers (indented lines continue a value), blank line, body. */
    static HttpRequest parse(String raw) {
        int blank = raw.indexOf("\n\n");
        String head = blank < 0 ? raw : raw.substring(0, blank);
        String body = blank < 0 ? "" : raw.substring(blank + 2);
        String[] lines = head.split("\n");
        String requestLine = lines[0];
        String method = requestLine.substring(0, requestLine.indexOf(' '));
        String target = requestLine.substring(method.length() + 1, requestLine.lastIndexOf(" HTTP/"));
        HttpRequest.Builder b = HttpRequest.builder().method(method);
        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (!line.isEmpty() && Character.isWhitespace(line.charAt(0)) && !headers.isEmpty()) {
                String[] last = headers.get(headers.size() - 1);
                last[1] = last[1] + "\n" + line;
                continue;
            }
            int colon = line.indexOf(':');
            headers.add(new String[] {line.substring(0, colon), line.substring(colon + 1)});
        }
        String host = null;
        for (String[] h : headers) {
            b.headers().add(h[0], h[1]);
            if (h[0].equalsIgnoreCase("host")) {
                host = h[1];
            }
        }
        b.uri("https://" + host + target);
        if (!body.isEmpty()) {
            b.body(RequestBody.ofString(body));
        }
        return b.build();
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path)).replace("\r", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void printCounts() {
        KNOWN.printCounts();
    }
}
