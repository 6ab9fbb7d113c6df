package io.boto4j.spring.autoconfigure.service;

import io.boto4j.spring.autoconfigure.Boto4jConnectionDetails;
import org.springframework.boot.docker.compose.core.RunningService;
import org.springframework.boot.docker.compose.service.connection.DockerComposeConnectionDetailsFactory;
import org.springframework.boot.docker.compose.service.connection.DockerComposeConnectionSource;

/** A {@code localstack/localstack} or {@code motoserver/moto} service of Docker Compose as connection details. */
class AwsEmulatorDockerComposeConnectionDetailsFactory extends DockerComposeConnectionDetailsFactory<Boto4jConnectionDetails> {

    AwsEmulatorDockerComposeConnectionDetailsFactory() {
        super(new String[] {AwsEmulator.LOCALSTACK.image(), AwsEmulator.MOTO.image()});
    }

    @Override
    protected Boto4jConnectionDetails getDockerComposeConnectionDetails(DockerComposeConnectionSource source) {
        return new Details(source.getRunningService());
    }

    /** The mapping, separate from Docker so it is tested everywhere. */
    static EmulatorEndpoint endpointOf(RunningService service) {
        AwsEmulator emulator = AwsEmulator.ofImage(service.image().toString());
        if (emulator == null) {
            throw new IllegalArgumentException("Service '" + service.name() + "' runs " + service.image()
                    + ", which is neither " + AwsEmulator.LOCALSTACK.image() + " nor " + AwsEmulator.MOTO.image());
        }
        return emulator.endpoint(service.host(), service.ports()::get, service.env());
    }

    static final class Details extends DockerComposeConnectionDetails implements EmulatorConnectionDetails {
        private final EmulatorEndpoint endpoint;

        Details(RunningService service) {
            super(service);
            this.endpoint = endpointOf(service);
        }

        @Override
        public String endpointUrl() {
            return endpoint.endpointUrl();
        }

        @Override
        public String region() {
            return endpoint.region();
        }

        @Override
        public String accessKeyId() {
            return endpoint.accessKeyId();
        }

        @Override
        public String secretAccessKey() {
            return endpoint.secretAccessKey();
        }
    }
}
