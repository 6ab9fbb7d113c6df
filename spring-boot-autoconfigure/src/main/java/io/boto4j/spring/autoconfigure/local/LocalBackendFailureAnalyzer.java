package io.boto4j.spring.autoconfigure.local;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says why the local backend did not start and how to get one, instead of a stack trace. */
class LocalBackendFailureAnalyzer extends AbstractFailureAnalyzer<LocalBackendStartException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, LocalBackendStartException cause) {
        String command = String.join(" ", cause.getCommand());
        String description = switch (cause.getReason()) {
            case COMMAND_NOT_FOUND -> "boto4j.local.enabled is true, but '" + cause.getCommand().get(0)
                    + "' is not on the PATH, so the local backend (" + command + ") cannot start.";
            case MOTO_NOT_INSTALLED -> "boto4j.local.enabled is true, but '" + cause.getCommand().get(0)
                    + "' has no moto module, so the local backend (" + command + ") cannot start.";
            case EXITED -> "boto4j.local.enabled is true, but the local backend (" + command
                    + ") exited during start-up.";
            case TIMED_OUT -> "boto4j.local.enabled is true, but the local backend (" + command
                    + ") did not answer within boto4j.local.startup-timeout.";
        };
        if (!cause.getOutput().isBlank()) {
            description += "\n\nIts last output:\n" + cause.getOutput();
        }
        String action = switch (cause.getReason()) {
            case COMMAND_NOT_FOUND, MOTO_NOT_INSTALLED -> "Install moto for python3 (pip install 'moto[server]'),"
                    + " or set boto4j.local.command to an interpreter or server that has it,"
                    + " or set boto4j.local.enabled=false to use AWS or boto4j.endpoint-url.";
            case EXITED -> "Run the command yourself to see why it stops, or set boto4j.local.command.";
            case TIMED_OUT -> "Raise boto4j.local.startup-timeout, or check the command serves HTTP on the port"
                    + " it is given ({port} in boto4j.local.command).";
        };
        return new FailureAnalysis(description, action, cause);
    }
}
