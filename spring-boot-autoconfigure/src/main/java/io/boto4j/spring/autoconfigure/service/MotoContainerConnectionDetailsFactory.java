package io.boto4j.spring.autoconfigure.service;

import io.boto4j.spring.autoconfigure.Boto4jConnectionDetails;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;
import org.testcontainers.containers.Container;

/** {@code @ServiceConnection} on a {@code motoserver/moto} container (a GenericContainer; moto has no module). */
class MotoContainerConnectionDetailsFactory
        extends ContainerConnectionDetailsFactory<Container<?>, Boto4jConnectionDetails> {

    MotoContainerConnectionDetailsFactory() {
        super(AwsEmulator.MOTO.image());
    }

    @Override
    protected Boto4jConnectionDetails getContainerConnectionDetails(ContainerConnectionSource<Container<?>> source) {
        return new Details(source);
    }

    static final class Details extends ContainerConnectionDetails<Container<?>> implements EmulatorConnectionDetails {
        private EmulatorEndpoint endpoint;

        Details(ContainerConnectionSource<Container<?>> source) {
            super(source);
        }

        private EmulatorEndpoint endpoint() {
            if (endpoint == null) {
                Container<?> c = getContainer();
                endpoint = AwsEmulator.MOTO.endpoint(c.getHost(), c::getMappedPort, c.getEnvMap());
            }
            return endpoint;
        }

        @Override
        public String endpointUrl() {
            return endpoint().endpointUrl();
        }

        @Override
        public String region() {
            return endpoint().region();
        }

        @Override
        public String accessKeyId() {
            return endpoint().accessKeyId();
        }

        @Override
        public String secretAccessKey() {
            return endpoint().secretAccessKey();
        }
    }
}
