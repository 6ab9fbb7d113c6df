package io.boto4j.waiter;

import io.boto4j.internal.model.ModelTrees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.ArrayNode;
import io.boto4j.internal.json.JsonTrees;
import io.boto4j.internal.json.ObjectNode;
import io.boto4j.exception.ClientError;
import io.boto4j.exception.WaiterError;
import io.boto4j.internal.loader.Loader;
import io.boto4j.internal.loader.ServiceData;
import io.boto4j.model.ServiceModel;
import io.boto4j.internal.retry.Sleeper;
import io.boto4j.testsupport.KnownFailures;
import io.boto4j.testsupport.MarkedJson;
import io.boto4j.testsupport.Python;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Waiters against botocore's own {@code Waiter}: each scenario runs a bundled waiter (or an inline one) over a
 * scripted sequence of responses and service errors, on both sides; the outcome, the {@code WaiterError}
 * reason and last response, the calls made and the pauses taken must be the same.
 */
class WaiterOracleTest {
    private static final String SUITE = "waiter-oracle";
    private static final KnownFailures KNOWN = KnownFailures.forSuite(SUITE);

    private static final String SCRIPT = MarkedJson.PYTHON + """
            import copy, sys, time
            import botocore.session
            from botocore import waiter as bw, xform_name
            from botocore.exceptions import ClientError, WaiterError
            session = botocore.session.get_session()
            scenarios = json.load(sys.stdin)
            out = {}
            for sid, spec in scenarios.items():
                if 'inline' in spec:
                    name, config = 'Inline', bw.SingleWaiterConfig(spec['inline'])
                else:
                    model = session.get_waiter_model(spec['service'])
                    name = {xform_name(n): n for n in model.waiter_names}.get(spec['waiter'], spec['waiter'])
                    config = model.get_waiter(name)
                calls, sleeps, script = [], [], list(spec['script'])
                def method(**kw):
                    calls.append(mark(kw))
                    step = script.pop(0) if len(script) > 1 else script[0]
                    if 'raise' in step:
                        raise ClientError(copy.deepcopy(step['raise']), config.operation)
                    return copy.deepcopy(step['ok'])
                time.sleep = lambda s: sleeps.append(s)
                w = bw.Waiter(name, config, bw.NormalizedOperationMethod(method))
                kw = dict(spec.get('params', {}))
                if 'waiterConfig' in spec:
                    kw['WaiterConfig'] = spec['waiterConfig']
                r = {'calls': calls, 'sleeps': sleeps}
                try:
                    w.wait(**kw)
                    r['outcome'] = 'success'
                except WaiterError as e:
                    r['outcome'] = 'WaiterError'
                    r['message'] = str(e)
                    r['lastResponse'] = mark(e.last_response)
                out[sid] = r
            print(json.dumps(out))
            """;

    @TestFactory
    Stream<DynamicTest> everyScenarioMatchesBotocore() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("waiter-scenarios.json")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JsonNode scenarios = MarkedJson.parse(text);
        JsonNode python = MarkedJson.parse(Python.run(SCRIPT, text));
        List<DynamicTest> tests = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = scenarios.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            tests.add(DynamicTest.dynamicTest(e.getKey(),
                    () -> check(e.getKey(), e.getValue(), MarkedJson.normalise(python.get(e.getKey())))));
        }
        tests.add(KNOWN.everyEntryWasUsed());
        return tests.stream();
    }

    private static void check(String id, JsonNode spec, JsonNode expected) {
        JsonNode actual = MarkedJson.normalise(run(spec));
        KNOWN.verify("", id, expected.equals(actual) ? null
                : "botocore " + expected + " but boto4j " + actual);
    }

    private static ObjectNode run(JsonNode spec) {
        ObjectNode out = JsonTrees.object();
        ArrayNode calls = out.putArray("calls");
        ArrayNode sleeps = out.putArray("sleeps");
        List<JsonNode> script = new ArrayList<>();
        spec.get("script").forEach(script::add);
        OperationInvoker api = (operation, params) -> {
            calls.add(MarkedJson.toJson(params));
            JsonNode step = script.size() > 1 ? script.remove(0) : script.get(0);
            if (step.has("raise")) {
                throw new ClientError(MarkedJson.toMap(step.get("raise")), operation);
            }
            return MarkedJson.toMap(step.get("ok"));
        };
        Sleeper sleeper = d -> sleeps.add(new BigDecimal(d.toNanos()).movePointLeft(9));
        Waiter waiter = model(spec).waiter(spec.has("inline") ? "Inline" : spec.get("waiter").asString(), api, sleeper);
        Map<String, Object> params = MarkedJson.toMap(spec.has("params") ? spec.get("params") : MarkedJson.parse("{}"));
        if (spec.has("waiterConfig")) {
            params.put(Waiter.WAITER_CONFIG, MarkedJson.toMap(spec.get("waiterConfig")));
        }
        try {
            waiter.await(params);
            out.put("outcome", "success");
        } catch (WaiterError e) {
            out.put("outcome", "WaiterError");
            out.put("message", e.getMessage());
            out.set("lastResponse", MarkedJson.toJson(e.getLastResponse()));
        }
        return out;
    }

    static WaiterModel model(JsonNode spec) {
        if (spec.has("inline")) {
            ObjectNode service = JsonTrees.object();
            service.putObject("metadata").put("protocol", "json");
            service.putObject("operations").putObject("Describe");
            service.putObject("shapes");
            ObjectNode tree = JsonTrees.object().put("version", 2);
            tree.putObject("waiters").set("Inline", spec.get("inline"));
            return WaiterModel.create(ModelTrees.fromTree("inline", service), tree);
        }
        return bundled(spec.get("service").asString());
    }

    static WaiterModel bundled(String service) {
        Loader loader = Loader.forSearchPaths(List.of());
        String version = loader.determineLatestVersion(service, "waiters-2");
        ServiceData data = loader.loadServiceData(service, "service-2", version);
        return WaiterModel.create(ModelTrees.parse(service, data.bytes(), data.origin(), data.extras()),
                loader.loadServiceModel(service, "waiters-2", version));
    }

    @AfterAll
    static void counts() {
        KNOWN.printCounts();
    }
}
