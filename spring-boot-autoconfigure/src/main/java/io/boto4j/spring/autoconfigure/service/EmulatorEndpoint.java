package io.boto4j.spring.autoconfigure.service;

/** An emulator's endpoint, region and (dummy) keys as a value; {@link #toString()} shows no key. */
public record EmulatorEndpoint(String endpointUrl, String region, String accessKeyId, String secretAccessKey)
        implements EmulatorConnectionDetails {
    @Override
    public String toString() {
        return "EmulatorEndpoint[" + endpointUrl + ", " + region + "]";
    }
}
