package io.boto4j.model;

import io.boto4j.internal.json.JsonTrees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.Json;
import io.boto4j.internal.loader.Loader;
import io.boto4j.internal.loader.ServiceData;
import io.boto4j.testsupport.Python;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every bundled service model, loaded and resolved in full, against botocore's own loader and model run in
 * python3 once for the class: the service list, newest api versions, operations (names, snake_case names,
 * input and output shapes), metadata, and a sample of shapes of every service.
 */
class ModelLoadingTest {
    private static final String ORACLE = """
            import json, sys, botocore, botocore.session
            s = botocore.session.get_session()
            loader = s.get_component('data_loader')
            out = {"services": s.get_available_services(), "models": {}}
            def ref(sh):
                return [sh.name, sh.type_name]
            for name in out["services"]:
                m = s.get_service_model(name)
                shapes = sorted(m.shape_names)
                sample = {}
                for sn in shapes[::max(1, len(shapes) // 8)]:
                    sh = m.shape_for(sn)
                    if sh.type_name == "structure":
                        members = [[k] + ref(v) for k, v in sh.members.items()]
                    elif sh.type_name == "list":
                        members = [["member"] + ref(sh.member)]
                    elif sh.type_name == "map":
                        members = [["key"] + ref(sh.key), ["value"] + ref(sh.value)]
                    else:
                        members = []
                    sample[sn] = [sh.type_name, members]
                ops = []
                for o in m.operation_names:
                    om = m.operation_model(o)
                    ops.append([o, botocore.xform_name(o), om.input_shape and om.input_shape.name,
                                om.output_shape and om.output_shape.name])
                out["models"][name] = {
                    "version": loader.determine_latest_version(name, "service-2"),
                    "operations": ops,
                    "meta": [m.metadata.get("serviceId"), m.signing_name, m.resolved_protocol, m.endpoint_prefix],
                    "shapes": sample}
            json.dump(out, sys.stdout)
            """;

    private static JsonNode botocore;
    private static Loader loader;

    @BeforeAll
    static void askBotocore() throws IOException {
        // An empty home and data path: botocore then reads only its own data, as the loader below reads only ours.
        Path home = Files.createTempDirectory("boto4j-oracle-home");
        botocore = Json.parse(Python.run(ORACLE, "", Map.of("HOME", home.toString(), "AWS_DATA_PATH", ""))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        loader = Loader.create(List.of(), null, true);
    }

    @Test
    void listsTheSameServicesAsBotocore() {
        List<String> expected = new ArrayList<>();
        botocore.get("services").forEach(n -> expected.add(n.asString()));
        assertEquals(expected, loader.listAvailableServices("service-2"));
        assertTrue(expected.size() > 400, "botocore lists " + expected.size() + " services");
    }

    @TestFactory
    Stream<DynamicTest> everyServiceModelMatchesBotocore() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = botocore.get("models").properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            tests.add(dynamicTest(e.getKey(), () -> checkService(e.getKey(), e.getValue())));
        }
        return tests.stream();
    }

    private static void checkService(String service, JsonNode expected) {
        ServiceData data = loader.loadServiceData(service, "service-2", null);
        assertEquals(expected.get("version").asString(), data.apiVersion(), "newest api version");
        ServiceModel model = ServiceModel.parse(service, data.bytes(), data.origin(), data.extras());

        JsonNode meta = expected.get("meta");
        assertEquals(meta.get(0).asString(null), model.metadataValue("serviceId"), "serviceId");
        assertEquals(meta.get(1).asString(null), model.signingName(), "signingName");
        assertEquals(meta.get(2).asString(null), model.protocol(), "resolved protocol");
        assertEquals(meta.get(3).asString(null), model.endpointPrefix(), "endpointPrefix");

        List<String> names = new ArrayList<>();
        expected.get("operations").forEach(op -> names.add(op.get(0).asString()));
        assertEquals(names, model.operationNames(), "operation names in model order");
        Set<String> walked = new HashSet<>();
        for (JsonNode op : expected.get("operations")) {
            String name = op.get(0).asString();
            assertEquals(op.get(1).asString(), Names.xformName(name), "snake_case name of " + name);
            OperationModel om = model.operationModel(name);
            assertEquals(om, model.operationModel(op.get(1).asString()), "lookup by snake_case name " + op.get(1));
            assertEquals(op.get(2).asString(null), nameOf(om.inputShape()), name + " input");
            assertEquals(op.get(3).asString(null), nameOf(om.outputShape()), name + " output");
            walk(om.inputShape(), walked);
            walk(om.outputShape(), walked);
            om.errorShapes().forEach(s -> walk(s, walked));
        }

        for (Iterator<Map.Entry<String, JsonNode>> it = expected.get("shapes").properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Shape shape = model.shape(e.getKey());
            assertEquals(e.getValue().get(0).asString(), shape.type(), "type of " + e.getKey());
            assertEquals(e.getValue().get(1), JsonTrees.fromJava(members(shape)), "members of " + e.getKey());
        }
    }

    private static String nameOf(Shape shape) {
        return shape == null ? null : shape.name();
    }

    /** Resolves every shape reachable from the shape; a shape name seen before is not walked again. */
    private static void walk(Shape shape, Set<String> walked) {
        if (shape == null || !walked.add(shape.name())) {
            return;
        }
        if (shape instanceof StructureShape s) {
            s.members().values().forEach(m -> walk(m, walked));
        } else if (shape instanceof ListShape l) {
            walk(l.member(), walked);
        } else if (shape instanceof MapShape m) {
            walk(m.key(), walked);
            walk(m.value(), walked);
        } else {
            assertTrue(shape.type() != null, shape.name() + " has a type");
        }
    }

    private static List<List<String>> members(Shape shape) {
        List<List<String>> out = new ArrayList<>();
        if (shape instanceof StructureShape s) {
            s.members().forEach((k, v) -> out.add(List.of(k, v.name(), v.type())));
        } else if (shape instanceof ListShape l) {
            out.add(List.of("member", l.member().name(), l.member().type()));
        } else if (shape instanceof MapShape m) {
            out.add(List.of("key", m.key().name(), m.key().type()));
            out.add(List.of("value", m.value().name(), m.value().type()));
        }
        return out;
    }
}
