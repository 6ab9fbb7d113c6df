package io.boto4j.spring.autoconfigure.service;

import io.boto4j.spring.autoconfigure.Boto4jConnectionDetails;

/**
 * Connection details that point at an AWS emulator (LocalStack, moto) found by a service connection, as opposed
 * to the property-based ones: these replace the configured endpoint, region and keys of every client.
 */
public interface EmulatorConnectionDetails extends Boto4jConnectionDetails {
}
