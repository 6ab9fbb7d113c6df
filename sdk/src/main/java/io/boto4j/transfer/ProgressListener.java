package io.boto4j.transfer;

/**
 * boto3's {@code Callback}: told the number of bytes just transferred, from whichever thread moved them (so it
 * must be thread-safe). The amounts add up to the object's size exactly, and that sum is reached once.
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = bytes -> { };

    void bytesTransferred(long bytes);
}
