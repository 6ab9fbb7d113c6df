package io.boto4j.exception;

/**
 * A result value is not of the type it was read as ({@code getString} on a number, {@code as(Message.class)} on
 * a list): names the key path, the type asked for and the type found.
 */
public class ResultTypeError extends BotoCoreError {
    private final String path;

    public ResultTypeError(String path, String expected, Object actual) {
        super("Cannot read '" + path + "' as " + expected + ": it is " + describe(actual));
        this.path = path;
    }

    /** The key path of the value, e.g. {@code Messages[0].Attributes}. */
    public String getPath() {
        return path;
    }

    private static String describe(Object actual) {
        if (actual == null) {
            return "null";
        }
        // the type only, never the value: a result may hold a secret (SecretString, credentials)
        if (actual instanceof java.util.Map) {
            return "a map";
        }
        if (actual instanceof java.util.List) {
            return "a list";
        }
        String type = actual.getClass().getSimpleName();
        return ("AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }
}
