package io.boto4j.spring.autoconfigure.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.boto4j.client.Client;
import io.boto4j.spring.autoconfigure.Boto4jAutoConfiguration;
import io.boto4j.testsupport.MotoServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.docker.compose.core.ConnectionPorts;
import org.springframework.boot.docker.compose.core.ImageReference;
import org.springframework.boot.docker.compose.core.RunningService;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

class ServiceConnectionTest {

    @Test
    void recognisesLocalStackAndMotoImagesWithRegistryAndTag() {
        assertThat(AwsEmulator.ofImage("docker.io/localstack/localstack:4.4")).isEqualTo(AwsEmulator.LOCALSTACK);
        assertThat(AwsEmulator.ofImage("motoserver/moto:5.1.0")).isEqualTo(AwsEmulator.MOTO);
        assertThat(AwsEmulator.ofImage("postgres:16")).isNull();
    }

    @Test
    void mapsALocalStackComposeServiceToItsMappedEdgePortRegionAndTestKeys() {
        EmulatorEndpoint e = AwsEmulatorDockerComposeConnectionDetailsFactory.endpointOf(service(
                "localstack/localstack:4.4", Map.of(4566, 49153), Map.of("AWS_DEFAULT_REGION", "eu-central-1")));
        assertThat(e.endpointUrl()).isEqualTo("http://127.0.0.1:49153");
        assertThat(e.region()).isEqualTo("eu-central-1");
        assertThat(e.accessKeyId()).isEqualTo("test");
        assertThat(e.toString()).doesNotContain("test").contains("49153");
    }

    @Test
    void mapsAMotoComposeServiceHonouringMotoPortAndDefaultingTheRegion() {
        EmulatorEndpoint e = AwsEmulatorDockerComposeConnectionDetailsFactory.endpointOf(service(
                "motoserver/moto:latest", Map.of(3000, 32001), Map.of("MOTO_PORT", "3000")));
        assertThat(e.endpointUrl()).isEqualTo("http://127.0.0.1:32001");
        assertThat(e.region()).isEqualTo("us-east-1");
        assertThat(e.accessKeyId()).isEqualTo("testing");
    }

    @Test
    void refusesAComposeServiceThatIsNoEmulatorNamingBoth() {
        assertThatThrownBy(() -> AwsEmulatorDockerComposeConnectionDetailsFactory.endpointOf(
                service("redis:7", Map.of(6379, 1), Map.of())))
                .hasMessageContaining("localstack/localstack").hasMessageContaining("motoserver/moto");
    }

    @Test
    void emulatorConnectionDetailsPointEveryClientAtTheEmulator() {
        MotoServer moto = MotoServer.shared();
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(Boto4jAutoConfiguration.class,
                        io.boto4j.spring.autoconfigure.Boto4jEventsAutoConfiguration.class,
                        io.boto4j.spring.autoconfigure.Boto4jClientsAutoConfiguration.class,
                        Boto4jServiceConnectionAutoConfiguration.class))
                .withPropertyValues("boto4j.region=ap-south-1", "boto4j.endpoint-url=http://127.0.0.1:1",
                        "boto4j.clients.sqs.enabled=true")
                .withBean(EmulatorEndpoint.class, () -> new EmulatorEndpoint(moto.endpoint(), "eu-west-3",
                        "testing", "testing"))
                .run(context -> {
                    Client sqs = context.getBean("sqsClient", Client.class);
                    assertThat(sqs.meta().endpointUrl()).isEqualTo(moto.endpoint());
                    assertThat(sqs.meta().regionName()).isEqualTo("eu-west-3");
                    assertThat(sqs.call("ListQueues", Map.of())).containsKey("ResponseMetadata");
                });
    }

    @Test
    void aLocalStackContainerServiceConnectionReachesS3() {
        assumeTrue(dockerAvailable(), "skipped: no Docker engine on this machine, so no LocalStack container can run;"
                + " the mapping is covered by the compose and emulator tests above");
        try (LocalStackContainer localstack = new LocalStackContainer(DockerImageName.parse("localstack/localstack:4.4"))) {
            localstack.start();
            EmulatorEndpoint e = AwsEmulator.LOCALSTACK.endpoint(localstack.getHost(), localstack::getMappedPort,
                    localstack.getEnvMap());
            assertThat(e.endpointUrl()).isEqualTo(localstack.getEndpoint().toString());
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static RunningService service(String image, Map<Integer, Integer> ports, Map<String, String> env) {
        return new RunningService() {
            @Override
            public String name() {
                return "aws";
            }

            @Override
            public ImageReference image() {
                return ImageReference.of(image);
            }

            @Override
            public String host() {
                return "127.0.0.1";
            }

            @Override
            public ConnectionPorts ports() {
                return new ConnectionPorts() {
                    @Override
                    public int get(int containerPort) {
                        Integer p = ports.get(containerPort);
                        if (p == null) {
                            throw new IllegalStateException("no mapping for " + containerPort);
                        }
                        return p;
                    }

                    @Override
                    public List<Integer> getAll() {
                        return List.copyOf(ports.values());
                    }

                    @Override
                    public List<Integer> getAll(String protocol) {
                        return getAll();
                    }
                };
            }

            @Override
            public Map<String, String> env() {
                return env;
            }

            @Override
            public Map<String, String> labels() {
                return Map.of();
            }
        };
    }
}
