package io.boto4j.transfer;

/**
 * A transfer failed for a reason that is not already an SDK exception (a local file error, say); uploads wrap
 * every failure in it as boto3's {@code S3UploadFailedError} does, naming the file and the object.
 */
public class TransferFailedException extends RuntimeException {
    public TransferFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
