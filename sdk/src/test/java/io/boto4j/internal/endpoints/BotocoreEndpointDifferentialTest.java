package io.boto4j.internal.endpoints;

import io.boto4j.internal.json.JsonTrees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.ObjectNode;
import io.boto4j.internal.endpoints.rules.RuleSetError;
import io.boto4j.internal.json.Json;
import io.boto4j.internal.loader.Loader;
import io.boto4j.testsupport.Python;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * For every service in the bundled data that has a rule set, botocore's {@code EndpointProvider} (python3, one
 * process) and boto4j resolve a grid of regions x FIPS x dual-stack; the URLs, the headers the endpoint asks for
 * (the first value of each, which is what botocore sends) and every property, auth schemes with their signing
 * name, region or region set and double-encoding flag included, are equal (or the error messages are).
 */
class BotocoreEndpointDifferentialTest {
    static final List<String> REGIONS = List.of("us-east-1", "us-west-2", "eu-central-1", "ap-southeast-5",
            "cn-north-1", "us-gov-west-1", "us-iso-east-1", "us-isob-east-1", "eusc-de-east-1", "aws-global",
            "mars-east-1", "not a region");

    private static final String ORACLE = """
            import json, sys
            import botocore.session
            from botocore.endpoint_provider import EndpointProvider
            from botocore.exceptions import EndpointResolutionError
            regions = json.loads(sys.stdin.read())
            session = botocore.session.get_session()
            loader = session.get_component('data_loader')
            partitions = loader.load_data('partitions')
            out = {}
            for svc in loader.list_available_services('service-2'):
                version = loader.determine_latest_version(svc, 'service-2')
                try:
                    rules = loader.load_service_model(svc, 'endpoint-rule-set-1', api_version=version)
                except Exception:
                    continue
                provider = EndpointProvider(rules, partitions)
                by_builtin = {p.get('builtIn'): name for name, p in rules['parameters'].items() if p.get('builtIn')}
                results = []
                for region in regions:
                    for fips in (False, True):
                        for dual in (False, True):
                            params = {}
                            for builtin, value in (('AWS::Region', region), ('AWS::UseFIPS', fips), ('AWS::UseDualStack', dual)):
                                if builtin in by_builtin:
                                    params[by_builtin[builtin]] = value
                            try:
                                ep = provider.resolve_endpoint(**params)
                                results.append({'url': ep.url, 'headers': ep.headers, 'properties': ep.properties})
                            except EndpointResolutionError as e:
                                results.append('ERROR: ' + str(e))
                out[svc] = {'version': version, 'results': results}
            print(json.dumps(out))
            """;

    @Test
    void everyBundledServiceResolvesLikeBotocoreAcrossRegionsFipsAndDualStack() throws IOException {
        JsonNode oracle = Json.parse(Python.run(ORACLE, Json.write(REGIONS)).getBytes());
        Loader loader = Loader.fromEnvironment();
        JsonNode partitions = loader.loadData("partitions");
        int services = 0;
        int compared = 0;
        int withHeadersOrProperties = 0;
        List<String> mismatches = new ArrayList<>();
        for (var it = oracle.properties().iterator(); it.hasNext(); ) {
            var entry = it.next();
            String svc = entry.getKey();
            String version = entry.getValue().get("version").asString();
            JsonNode expected = entry.getValue().get("results");
            EndpointResolver resolver = EndpointResolver.shared(svc + "/" + version,
                    loader.loadServiceModel(svc, "endpoint-rule-set-1", version), partitions, null);
            int k = 0;
            for (String region : REGIONS) {
                for (boolean fips : new boolean[] {false, true}) {
                    for (boolean dual : new boolean[] {false, true}) {
                        Map<String, Object> builtIns = new HashMap<>();
                        builtIns.put(BuiltIns.REGION, region);
                        builtIns.put(BuiltIns.USE_FIPS, fips);
                        builtIns.put(BuiltIns.USE_DUALSTACK, dual);
                        JsonNode got;
                        try {
                            ResolvedEndpoint ep = resolver.resolve(builtIns, Map.of(), true, null, null);
                            got = Json.parse(Json.write(Map.of("url", ep.url(), "headers", ep.headers(),
                                    "properties", ep.properties())).getBytes(StandardCharsets.UTF_8));
                        } catch (RuleSetError e) {
                            got = JsonTrees.string("ERROR: " + e.getMessage());
                        }
                        JsonNode want = firstHeaderValues(expected.get(k++));
                        compared++;
                        if (want.isObject()) {
                            withHeadersOrProperties += want.get("headers").isEmpty() && want.get("properties").isEmpty() ? 0 : 1;
                        }
                        if (!want.equals(got)) {
                            mismatches.add(svc + " " + region + " fips=" + fips + " dualstack=" + dual + ": botocore "
                                    + want + " boto4j " + got);
                        }
                    }
                }
            }
            services++;
        }
        System.out.printf("botocore endpoint differential: services=%d resolutions=%d (%d with headers or properties) "
                + "mismatches=%d%n", services, compared, withHeadersOrProperties, mismatches.size());
        mismatches.stream().limit(20).forEach(System.out::println);
        assertTrue(services > 400, "expected the whole bundled data, got " + services + " services");
        assertTrue(withHeadersOrProperties > 1000, "resolutions with properties: " + withHeadersOrProperties);
        assertEquals(List.of(), mismatches);
    }

    /** botocore's headers map each name to its values; boto4j's resolution keeps the first, the one sent. */
    private static JsonNode firstHeaderValues(JsonNode result) {
        if (!result.isObject()) {
            return result;
        }
        ObjectNode copy = (ObjectNode) result.deepCopy();
        ObjectNode headers = copy.putObject("headers");
        result.get("headers").properties().iterator().forEachRemaining(h -> {
            if (!h.getValue().isEmpty()) {
                headers.set(h.getKey(), h.getValue().get(0));
            }
        });
        return copy;
    }
}
