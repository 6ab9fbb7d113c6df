package io.boto4j.testing;

/** A stubbed call did not match what was expected (parameters, or leftover responses). */
public class StubAssertionError extends AssertionError {
    public StubAssertionError(String message) {
        super(message);
    }
}
