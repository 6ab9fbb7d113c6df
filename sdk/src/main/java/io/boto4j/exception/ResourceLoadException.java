package io.boto4j.exception;

/**
 * boto3's {@code ResourceLoadException}: a resource's data was needed (an attribute, a reference, an action
 * parameter taken from the data) but the resource class has no load action, or the load found nothing.
 */
public class ResourceLoadException extends Boto4jException {
    public ResourceLoadException(String message) {
        super(message);
    }
}
