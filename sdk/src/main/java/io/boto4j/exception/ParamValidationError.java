package io.boto4j.exception;

import java.util.List;

/** Parameters do not match the operation's input shape; every problem is listed with its path. */
public class ParamValidationError extends BotoCoreError {
    private final List<String> problems;

    public ParamValidationError(List<String> problems) {
        super("Parameter validation failed:\n" + String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> getProblems() {
        return problems;
    }
}
