package io.boto4j.waiter;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.exception.ModelError;
import io.boto4j.internal.jmespath.JmesPath;
import io.boto4j.internal.jmespath.JmesPathExpression;
import io.boto4j.internal.json.JsonTrees;
import io.boto4j.model.ServiceModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** One waiter of {@code waiters-2.json}, parsed once with its acceptor expressions compiled. */
final class WaiterDefinition {
    private final String name;
    private final String operation;
    private final Duration delay;
    private final int maxAttempts;
    private final List<Acceptor> acceptors;

    private WaiterDefinition(String name, String operation, Duration delay, int maxAttempts, List<Acceptor> acceptors) {
        this.name = name;
        this.operation = operation;
        this.delay = delay;
        this.maxAttempts = maxAttempts;
        this.acceptors = List.copyOf(acceptors);
    }

    /**
     * Parses one waiter; {@code where} names the file.
     *
     * @throws ModelError naming the file, waiter and field when the entry is malformed
     */
    static WaiterDefinition parse(String name, JsonNode config, String where) {
        String at = where + ": waiter " + name;
        if (config == null || !config.isObject()) {
            throw new ModelError(at + " is not an object");
        }
        JsonNode op = config.get("operation");
        if (op == null || !op.isString() || op.asString().isEmpty()) {
            throw new ModelError(at + " has no operation");
        }
        JsonNode delay = config.get("delay");
        if (delay == null || !delay.isNumber() || delay.decimalValue().signum() < 0) {
            throw new ModelError(at + ": delay must be a number of seconds >= 0, not " + delay);
        }
        JsonNode attempts = config.get("maxAttempts");
        if (attempts == null || !attempts.isIntegralNumber() || attempts.asInt() < 1) {
            throw new ModelError(at + ": maxAttempts must be an integer >= 1, not " + attempts);
        }
        JsonNode list = config.get("acceptors");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new ModelError(at + ": acceptors must be a non-empty list");
        }
        List<Acceptor> acceptors = new ArrayList<>();
        int i = 0;
        for (JsonNode a : list) {
            acceptors.add(acceptor(a, at + ", acceptor " + i++));
        }
        Duration d = Duration.ofNanos(delay.decimalValue().movePointRight(9).longValue());
        return new WaiterDefinition(name, op.asString(), d, attempts.asInt(), acceptors);
    }

    private static Acceptor acceptor(JsonNode a, String at) {
        if (!a.isObject()) {
            throw new ModelError(at + " is not an object");
        }
        Acceptor.State state = Acceptor.State.of(a.path("state").asString(""));
        if (state == null) {
            throw new ModelError(at + ": state must be success, failure or retry, not " + a.get("state"));
        }
        Acceptor.Matcher matcher = Acceptor.Matcher.of(a.path("matcher").asString(""));
        if (matcher == null) {
            throw new ModelError(at + ": unknown matcher " + a.get("matcher")
                    + " (expected path, pathAll, pathAny, status or error)");
        }
        JsonNode expected = a.get("expected");
        if (expected == null) {
            throw new ModelError(at + " has no expected value");
        }
        JmesPathExpression argument = null;
        switch (matcher) {
            case PATH, PATH_ALL, PATH_ANY -> {
                JsonNode arg = a.get("argument");
                if (arg == null || !arg.isString()) {
                    throw new ModelError(at + ": a " + matcher.json + " matcher needs a JMESPath argument");
                }
                try {
                    argument = JmesPath.compile(arg.asString());
                } catch (IllegalArgumentException e) {
                    throw new ModelError(at + ": " + e.getMessage(), e);
                }
            }
            case STATUS -> {
                if (!expected.isIntegralNumber()) {
                    throw new ModelError(at + ": a status matcher expects an HTTP status code, not " + expected);
                }
            }
            case ERROR -> {
                if (!expected.isString() && !expected.isBoolean()) {
                    throw new ModelError(at + ": an error matcher expects an error code or a boolean, not " + expected);
                }
            }
        }
        return new Acceptor(state, matcher, JsonTrees.toJava(expected), argument);
    }

    String name() {
        return name;
    }

    String operation() {
        return operation;
    }

    Duration delay() {
        return delay;
    }

    int maxAttempts() {
        return maxAttempts;
    }

    List<Acceptor> acceptors() {
        return acceptors;
    }

    /** What disagrees with the service model: an operation it lacks, or no way to succeed. */
    List<String> problems(ServiceModel service) {
        List<String> problems = new ArrayList<>();
        String at = service.serviceName() + " waiter " + name;
        if (!service.hasOperation(operation)) {
            problems.add(at + ": operation " + operation + " is not in " + service.origin());
        }
        if (acceptors.stream().noneMatch(a -> a.state() == Acceptor.State.SUCCESS)) {
            problems.add(at + ": no acceptor leads to success");
        }
        return problems;
    }
}
