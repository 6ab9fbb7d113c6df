package io.boto4j.testing;

/** A call was made while the stubber had no response queued. */
public class UnStubbedResponseError extends StubAssertionError {
    public UnStubbedResponseError(String message) {
        super(message);
    }
}
