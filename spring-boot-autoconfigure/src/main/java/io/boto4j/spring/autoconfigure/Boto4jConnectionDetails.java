package io.boto4j.spring.autoconfigure;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where the starter's clients connect: endpoint URL, region and static keys (Spring Boot's
 * {@code ConnectionDetails} pattern, so a service connection or the local backend can replace the properties).
 * Any value may be null: null means "the SDK's own chain decides".
 */
public interface Boto4jConnectionDetails extends ConnectionDetails {
    String endpointUrl();

    String region();

    String accessKeyId();

    String secretAccessKey();
}
