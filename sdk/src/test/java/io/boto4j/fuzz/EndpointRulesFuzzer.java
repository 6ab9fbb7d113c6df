package io.boto4j.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.boto4j.internal.endpoints.EndpointResolver;
import io.boto4j.internal.endpoints.rules.Parameter;
import io.boto4j.internal.endpoints.rules.RuleSet;
import io.boto4j.exception.EndpointResolutionError;
import io.boto4j.internal.loader.Loader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The endpoint rule evaluator on S3's rule set (the largest: ARNs, host labels, URL parsing, substrings) with
 * random parameter values, sometimes of the wrong type: an endpoint or EndpointResolutionError.
 */
class EndpointRulesFuzzer {
    private static final RuleSet S3;

    static {
        Loader loader = Loader.fromEnvironment();
        S3 = RuleSet.compile(loader.loadServiceModel("s3", "endpoint-rule-set-1", null),
                EndpointResolver.partitions(loader.loadData("partitions")));
    }

    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        List<Parameter> params = S3.parameters();
        Object[] args = new Object[params.size()];
        for (Parameter p : params) {
            args[p.index()] = value(data, p.type());
        }
        FuzzFindings.allowOnly(Set.of(EndpointResolutionError.class), () -> S3.evaluate(args).toString());
    }

    private static Object value(FuzzedDataProvider data, Parameter.Type type) {
        int shape = data.consumeInt(0, 9);
        if (shape == 0) {
            return null;
        }
        if (shape == 1) { // the wrong type on purpose
            return type == Parameter.Type.BOOLEAN ? data.consumeString(8) : data.consumeBoolean();
        }
        return switch (type) {
            case BOOLEAN -> data.consumeBoolean();
            case STRING -> data.consumeString(64);
            case STRING_ARRAY -> {
                List<String> l = new ArrayList<>();
                for (int i = data.consumeInt(0, 3); i > 0; i--) {
                    l.add(data.consumeString(16));
                }
                yield l;
            }
        };
    }

    @FuzzTest(maxDuration = "10s")
    void randomParametersResolveOrRaiseEndpointResolutionError(FuzzedDataProvider data) {
        fuzzerTestOneInput(data);
    }
}
