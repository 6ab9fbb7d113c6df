package io.boto4j.spring.autoconfigure;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where boto4j connects and as whom: read by the session and client beans instead of the properties, so a
 * service connection (a test container, a local backend) can replace the property-based bean. Null means "not
 * set here": the SDK's own chain (environment, shared files, defaults) decides.
 */
public interface Boto4jConnectionDetails extends ConnectionDetails {
    /** Endpoint URL of every client, or null. */
    String endpointUrl();

    /** Region of every client, or null. */
    String region();

    /** Access key id, or null to use the credentials chain. */
    String accessKeyId();

    /** Secret access key, or null. */
    String secretAccessKey();

    /** Session token of temporary keys, or null. */
    default String sessionToken() {
        return null;
    }
}
