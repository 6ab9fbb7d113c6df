package io.boto4j.events;

/**
 * One handler's answer to an emitted event. {@code handler} is null only for the answer to an event no handler
 * saw; {@code response} is null when the handler gave none.
 */
public record HandlerResponse(TypedEventHandler handler, Object response) {
    static final HandlerResponse NONE = new HandlerResponse(null, null);

    public boolean hasResponse() {
        return response != null;
    }
}
