package io.boto4j.spring.autoconfigure.service;

import io.boto4j.spring.autoconfigure.Boto4jConnectionDetails;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;
import org.testcontainers.localstack.LocalStackContainer;

/** {@code @ServiceConnection LocalStackContainer} (Testcontainers 2) as the starter's connection details. */
class LocalStackContainerConnectionDetailsFactory
        extends ContainerConnectionDetailsFactory<LocalStackContainer, Boto4jConnectionDetails> {

    LocalStackContainerConnectionDetailsFactory() {
        super(ANY_CONNECTION_NAME, "org.testcontainers.localstack.LocalStackContainer");
    }

    @Override
    protected Boto4jConnectionDetails getContainerConnectionDetails(ContainerConnectionSource<LocalStackContainer> source) {
        return new Details(source);
    }

    /** Read from the container once it runs, through its own accessors. */
    static final class Details extends ContainerConnectionDetails<LocalStackContainer> implements EmulatorConnectionDetails {
        Details(ContainerConnectionSource<LocalStackContainer> source) {
            super(source);
        }

        @Override
        public String endpointUrl() {
            return getContainer().getEndpoint().toString();
        }

        @Override
        public String region() {
            return getContainer().getRegion();
        }

        @Override
        public String accessKeyId() {
            return getContainer().getAccessKey();
        }

        @Override
        public String secretAccessKey() {
            return getContainer().getSecretKey();
        }
    }
}
