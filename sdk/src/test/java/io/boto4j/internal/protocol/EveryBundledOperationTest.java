package io.boto4j.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.exception.ParamValidationError;
import io.boto4j.internal.loader.Loader;
import io.boto4j.model.OperationModel;
import io.boto4j.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Robustness over the whole bundled data: every operation of every service, serialized from a generated
 * valid input and from no input at all, either gives a request or a {@link ParamValidationError} (for the
 * required members left out) — never another exception. Operations whose input is an event stream get the
 * empty-input check only.
 */
class EveryBundledOperationTest {
    @Test
    void everyOperationOfEveryServiceSerializesOrReportsMissingParameters() {
        Loader loader = Loader.fromEnvironment();
        List<String> failures = new ArrayList<>();
        List<String> skippedEventStreams = new ArrayList<>();
        int operations = 0;
        long seed = 1;
        for (String service : loader.listAvailableServices("service-2")) {
            ServiceModel model = BundledModels.model(service);
            ProtocolSerializer validating = Serializers.forModel(model);
            for (String name : model.operationNames()) {
                OperationModel op = model.operationModel(name);
                operations++;
                try {
                    validating.serialize(op, Map.of());
                } catch (ParamValidationError expected) {
                    // required members missing: the one allowed failure for empty input
                } catch (RuntimeException e) {
                    failures.add(service + "." + name + " (no input): " + e);
                }
                if (op.eventStreamInput() != null) {
                    // input event streams (HTTP/2 bidirectional calls) are not serialized by this layer
                    skippedEventStreams.add(service + "." + name);
                } else if (op.inputShape() != null) {
                    try {
                        validating.serialize(op, new InputGenerator(seed++).generate(op.inputShape()));
                    } catch (RuntimeException e) {
                        failures.add(service + "." + name + " (generated input): " + e);
                    }
                }
            }
        }
        System.out.println("Serialized " + operations + " bundled operations; " + failures.size() + " failures; "
                + "generated input skipped for input event streams: " + skippedEventStreams);
        assertTrue(failures.isEmpty(), failures.size() + " operations failed:\n"
                + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }
}
