package io.boto4j.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.boto4j.http.HttpHeaders;
import io.boto4j.http.RequestBody;
import io.boto4j.testsupport.Python;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The "serialized request to URL" step, checked against botocore's prepare_request_dict on the same parts. */
class SerializedRequestTest {
    private static SerializedRequest request(String path, List<Map.Entry<String, String>> query, String prefix) {
        return new SerializedRequest("GET", path, query, HttpHeaders.empty(), RequestBody.EMPTY, prefix);
    }

    @Test
    void joinsEndpointHostPrefixPathAndQueryAsBotocoreDoes() {
        List<SerializedRequest> requests = List.of(
                request("/", List.of(), null),
                request("/b/k%20x", List.of(Map.entry("a b", "c:d/é"), Map.entry("list", "1"), Map.entry("list", "2")),
                        "data."),
                request("/?tagging", List.of(Map.entry("versionId", "v~1*")), null),
                request("/x", List.of(), null));
        List<String> endpoints = List.of("https://example.com", "https://example.com/custom/",
                "http://127.0.0.1:5000/base", "https://example.com:8443");
        StringBuilder script = new StringBuilder("""
                from botocore.awsrequest import prepare_request_dict
                cases = [
                """);
        StringBuilder ours = new StringBuilder();
        for (String endpoint : endpoints) {
            for (SerializedRequest r : requests) {
                if (r.path().equals("/") && endpoint.endsWith("/base")) {
                    continue; // a deliberate difference, see keepsTheRootSlashUnderAnEndpointPath
                }
                StringBuilder q = new StringBuilder("[");
                r.query().forEach(e -> q.append("(").append(py(e.getKey())).append(", ").append(py(e.getValue()))
                        .append("), "));
                q.append("]");
                script.append("    (").append(py(endpoint)).append(", ").append(py(r.path())).append(", ")
                        .append(q).append(", ").append(r.hostPrefix() == null ? "None" : py(r.hostPrefix()))
                        .append("),\n");
                ours.append(r.toUrl(endpoint, true)).append('\n');
            }
        }
        script.append("""
                ]
                for endpoint, path, query, prefix in cases:
                    d = {'url_path': path, 'query_string': query, 'headers': {}, 'host_prefix': prefix}
                    if prefix is None:
                        del d['host_prefix']
                    prepare_request_dict(d, endpoint)
                    print(d['url'])
                """);
        assertEquals(Python.run(script.toString(), ""), ours.toString());
    }

    @Test
    void leavesBotocoresBareSeparatorWhenAQueryListIsEmpty() {
        String script = """
                from botocore.awsrequest import prepare_request_dict
                for path in ['/tags/x', '/?tagging']:
                    d = {'url_path': path, 'query_string': {'tagKeys': []}, 'headers': {}}
                    prepare_request_dict(d, 'https://example.com')
                    print(d['url'])
                """;
        String ours = Stream.of("/tags/x", "/?tagging").map(path -> new SerializedRequest("DELETE", path, List.of(),
                HttpHeaders.empty(), RequestBody.EMPTY, null, true).toUrl("https://example.com", true) + "\n")
                .collect(Collectors.joining());
        assertEquals(Python.run(script, ""), ours);
        assertEquals("https://example.com/tags/x", request("/tags/x", List.of(), null).toUrl("https://example.com", true));
    }

    /** botocore drops it (https://h/custom), the Smithy suites (HostWithPath cases) want https://h/custom/. */
    @Test
    void keepsTheRootSlashUnderAnEndpointPath() {
        assertEquals("http://127.0.0.1:5000/base/", request("/", List.of(), null).toUrl("http://127.0.0.1:5000/base", true));
    }

    @Test
    void leavesTheHostAloneWhenHostPrefixInjectionIsOff() {
        assertEquals("https://example.com/", request("/", List.of(), "data.").toUrl("https://example.com", false));
        assertEquals("https://data.example.com/", request("/", List.of(), "data.").toUri("https://example.com").toString());
    }

    private static String py(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
