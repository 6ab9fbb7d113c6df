package io.boto4j.paginate;

import io.boto4j.internal.model.ModelTrees;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.ArrayNode;
import io.boto4j.internal.json.JsonTrees;
import io.boto4j.internal.json.ObjectNode;
import io.boto4j.model.ServiceModel;
import io.boto4j.testsupport.MarkedJson;
import io.boto4j.testsupport.Python;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Paging logic against botocore's own {@code Paginator}: each scenario is a paginated API given as a list of
 * pages (each answering the request whose token parameters it names) and a sequence of {@code paginate} runs;
 * botocore and boto4j run the same scenario and must send the same calls, yield the same pages, resume tokens,
 * full results, search results and errors. A run may resume from the previous run's token: boto4j resumes from
 * the token botocore produced.
 */
class PaginatorOracleTest {
    private static final String SCRIPT = MarkedJson.PYTHON + """
            import copy, sys
            from botocore.paginate import Paginator
            class Obj: pass
            def model(limit_key, limit_type):
                m = Obj(); m.input_shape = Obj(); member = Obj(); member.type_name = limit_type
                m.input_shape.members = {limit_key: member} if limit_key else {}
                return m
            def api(pages, calls):
                def method(**kw):
                    calls.append(mark(copy.deepcopy(kw)))
                    for p in pages:
                        if all(kw.get(k) == v for k, v in p['when'].items()):
                            return copy.deepcopy(p['respond'])
                    raise Exception('no page answers %r' % kw)
                return method
            def attempt(spec, pages, kw, consume):
                calls = []
                paginator = Paginator(api(pages, calls), spec['paginator'],
                                      model(spec['paginator'].get('limit_key'), spec.get('limitType', 'integer')))
                out = {'calls': calls, 'value': []}
                try:
                    it = paginator.paginate(**copy.deepcopy(kw))
                    consume(it, out)
                    out['resume'] = it.resume_token
                except Exception as e:
                    out['error'] = type(e).__name__
                return out
            def pages_of(it, out):
                for page in it:
                    out['value'].append(mark(page))
            def full_of(it, out):
                out['value'] = mark(it.build_full_result())
            def search_of(expr):
                def consume(it, out):
                    for v in it.search(expr):
                        out['value'].append(mark(v))
                return consume
            scenarios = json.load(sys.stdin)
            result = {}
            for sid, spec in scenarios.items():
                pages = unmark(spec['pages'])
                previous = None
                runs = []
                for run in spec['runs']:
                    kw = dict(unmark(run.get('params', {})))
                    config = dict(run.get('config', {}))
                    if config.get('StartingToken') == '$previous':
                        config['StartingToken'] = previous
                    if config:
                        kw['PaginationConfig'] = config
                    r = {'startingToken': config.get('StartingToken'), 'pages': attempt(spec, pages, kw, pages_of),
                         'full': attempt(spec, pages, kw, full_of)}
                    if 'search' in spec:
                        r['search'] = attempt(spec, pages, kw, search_of(spec['search']))
                    previous = r['pages'].get('resume')
                    runs.append(r)
                result[sid] = runs
            print(json.dumps(result))
            """;

    @TestFactory
    Stream<DynamicNode> everyScenarioMatchesBotocore() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("paginate-scenarios.json")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JsonNode scenarios = MarkedJson.parse(text);
        JsonNode python = MarkedJson.parse(Python.run(SCRIPT, text));
        List<DynamicNode> nodes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = scenarios.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey();
            JsonNode spec = e.getValue();
            List<DynamicTest> runs = new ArrayList<>();
            for (int i = 0; i < spec.get("runs").size(); i++) {
                JsonNode run = spec.get("runs").get(i);
                JsonNode expected = python.get(id).get(i);
                runs.add(DynamicTest.dynamicTest("run " + i + " " + run, () -> runMatches(spec, run, expected)));
            }
            nodes.add(DynamicContainer.dynamicContainer(id, runs));
        }
        return nodes.stream();
    }

    private static void runMatches(JsonNode spec, JsonNode run, JsonNode expected) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (run.has("params")) {
            params.putAll(MarkedJson.toMap(run.get("params")));
        }
        if (run.has("config")) {
            Map<String, Object> config = MarkedJson.toMap(run.get("config"));
            if (config.containsKey("StartingToken")) {
                // boto4j resumes from the token botocore handed out
                config.put("StartingToken", expected.get("startingToken").asString());
            }
            params.put(Paginator.PAGINATION_CONFIG, config);
        }
        assertEquals(MarkedJson.normalise(expected.get("pages")), attempt(spec, params, (it, out) -> {
            ArrayNode pages = out.putArray("value");
            for (Map<String, Object> page : it) {
                pages.add(MarkedJson.toJson(page));
            }
        }), "pages, calls, resume token, error");
        assertEquals(MarkedJson.normalise(expected.get("full")), attempt(spec, params,
                (it, out) -> out.set("value", MarkedJson.toJson(it.buildFullResult()))), "build_full_result");
        if (spec.has("search")) {
            assertEquals(MarkedJson.normalise(expected.get("search")), attempt(spec, params, (it, out) -> {
                ArrayNode values = out.putArray("value");
                it.search(spec.get("search").asString()).forEach(v -> values.add(MarkedJson.toJson(v)));
            }), "search");
        }
    }

    private interface Consumer {
        void consume(PageIterator<Map<String, Object>> pages, ObjectNode out);
    }

    private static JsonNode attempt(JsonNode spec, Map<String, Object> params, Consumer consumer) {
        ObjectNode out = JsonTrees.object();
        ArrayNode calls = out.putArray("calls");
        out.putArray("value");
        List<JsonNode> pages = new ArrayList<>();
        spec.get("pages").forEach(pages::add);
        OperationInvoker api = (operation, request) -> {
            calls.add(MarkedJson.toJson(request));
            for (JsonNode page : pages) {
                if (answers(page.get("when"), request)) {
                    return deepUnmodifiable(MarkedJson.toMap(page.get("respond")));
                }
            }
            throw new IllegalStateException("no page answers " + request);
        };
        Paginator<Map<String, Object>> paginator = model(spec).paginator("list_things", api);
        try {
            PageIterator<Map<String, Object>> it = paginator.paginate(params);
            consumer.consume(it, out);
            if (it.resumeToken() != null) {
                out.put("resume", it.resumeToken());
            } else {
                out.putNull("resume");
            }
        } catch (RuntimeException e) {
            out.put("error", e.getClass().getSimpleName());
        }
        return MarkedJson.normalise(out);
    }

    private static boolean answers(JsonNode when, Map<String, Object> request) {
        for (Iterator<Map.Entry<String, JsonNode>> it = when.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!MarkedJson.toJson(request.get(e.getKey())).equals(MarkedJson.normalise(e.getValue()))) {
                return false;
            }
        }
        return true;
    }

    /** Pages as a client may hand them out: nothing in them can be changed. */
    @SuppressWarnings("unchecked")
    static <T> T deepUnmodifiable(T value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put((String) k, deepUnmodifiable(v)));
            return (T) Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> l) {
            return (T) Collections.unmodifiableList(l.stream().map(PaginatorOracleTest::deepUnmodifiable)
                    .collect(Collectors.toList()));
        }
        return value;
    }

    /** A one-operation service model whose input has the paginator's token and limit members. */
    static PaginatorModel model(JsonNode spec) {
        JsonNode cfg = spec.get("paginator");
        ObjectNode tree = JsonTrees.object();
        tree.putObject("metadata").put("protocol", "json").put("apiVersion", "2020-01-01");
        ObjectNode op = tree.putObject("operations").putObject("ListThings");
        op.putObject("input").put("shape", "ListThingsInput");
        op.putObject("output").put("shape", "ListThingsOutput");
        ObjectNode shapes = tree.putObject("shapes");
        ObjectNode input = shapes.putObject("ListThingsInput");
        input.put("type", "structure");
        ObjectNode members = input.putObject("members");
        JsonNode tokens = cfg.get("input_token");
        (tokens.isArray() ? tokens : JsonTrees.array().add(tokens))
                .forEach(t -> members.putObject(t.asString()).put("shape", "Text"));
        if (cfg.has("limit_key")) {
            String type = spec.path("limitType").asString("integer");
            members.putObject(cfg.get("limit_key").asString()).put("shape", type.equals("string") ? "Text" : "Count");
        }
        shapes.putObject("ListThingsOutput").put("type", "structure").putObject("members");
        shapes.putObject("Text").put("type", "string");
        shapes.putObject("Count").put("type", "integer");
        ObjectNode paginators = JsonTrees.object();
        paginators.putObject("pagination").set("ListThings", cfg);
        return PaginatorModel.create(ModelTrees.fromTree("things", tree), paginators);
    }
}
