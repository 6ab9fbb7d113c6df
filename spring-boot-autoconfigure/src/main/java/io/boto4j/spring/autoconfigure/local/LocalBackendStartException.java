package io.boto4j.spring.autoconfigure.local;

import java.util.List;

/** The local backend did not come up; {@link LocalBackendFailureAnalyzer} turns it into a start-up report. */
public class LocalBackendStartException extends RuntimeException {
    /** Why it did not come up. */
    public enum Reason {
        COMMAND_NOT_FOUND, MOTO_NOT_INSTALLED, EXITED, TIMED_OUT
    }

    private final Reason reason;
    private final List<String> command;
    private final String output;

    public LocalBackendStartException(Reason reason, List<String> command, String output, Throwable cause) {
        super(message(reason, command), cause);
        this.reason = reason;
        this.command = List.copyOf(command);
        this.output = output == null ? "" : output;
    }

    private static String message(Reason reason, List<String> command) {
        String c = String.join(" ", command);
        return switch (reason) {
            case COMMAND_NOT_FOUND -> "Cannot run '" + command.get(0) + "' to start the local backend (" + c + ")";
            case MOTO_NOT_INSTALLED -> "The local backend needs moto, which '" + command.get(0) + "' cannot import ("
                    + c + ")";
            case EXITED -> "The local backend exited during start-up (" + c + ")";
            case TIMED_OUT -> "The local backend did not answer in time (" + c + ")";
        };
    }

    public Reason getReason() {
        return reason;
    }

    public List<String> getCommand() {
        return command;
    }

    /** The last lines the command printed, for the report. */
    public String getOutput() {
        return output;
    }
}
