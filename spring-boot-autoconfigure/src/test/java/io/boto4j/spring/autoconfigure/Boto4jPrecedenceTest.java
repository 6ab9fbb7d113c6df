package io.boto4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.credentials.CredentialResolver;
import io.boto4j.credentials.Credentials;
import io.boto4j.credentials.CredentialsProvider;
import io.boto4j.credentials.ResolvedCredentials;
import io.boto4j.spring.testsupport.HermeticAws;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** Each property is the top source inside the SDK's chains; what is not set falls through as Session.create(). */
class Boto4jPrecedenceTest {
    private static final String PROFILES = """
            [default]
            region = ap-northeast-1
            [profile dev]
            region = eu-central-1
            """;
    private static final String KEYS = """
            [default]
            aws_access_key_id = AKIDDEFAULT
            aws_secret_access_key = default-secret
            [dev]
            aws_access_key_id = AKIDDEV
            aws_secret_access_key = dev-secret
            """;

    private static HermeticAws machine() {
        return HermeticAws.create().config(PROFILES).credentials(KEYS);
    }

    @Test
    void regionPropertyBeatsTheEnvironmentAndTheProfile() {
        Runners.on(machine().env("AWS_DEFAULT_REGION", "sa-east-1"))
                .withPropertyValues("boto4j.region=eu-west-1")
                .run(context -> assertThat(context.getBean(Session.class).regionName()).isEqualTo("eu-west-1"));
    }

    @Test
    void unsetRegionFallsThroughToTheEnvironment() {
        Runners.on(machine().env("AWS_DEFAULT_REGION", "sa-east-1"))
                .run(context -> assertThat(context.getBean(Session.class).regionName()).isEqualTo("sa-east-1"));
    }

    @Test
    void unsetRegionWithoutEnvironmentComesFromTheConfigFile() {
        Runners.on(machine())
                .run(context -> assertThat(context.getBean(Session.class).regionName()).isEqualTo("ap-northeast-1"));
    }

    @Test
    void nothingAnywhereLeavesTheRegionUnset() {
        Runners.on(HermeticAws.create())
                .run(context -> assertThat(context.getBean(Session.class).regionName()).isNull());
    }

    @Test
    void unsetCredentialsComeFromTheEnvironmentBeforeTheFiles() {
        Runners.on(machine().env("AWS_ACCESS_KEY_ID", "AKIDENV").env("AWS_SECRET_ACCESS_KEY", "env-secret"))
                .run(context -> {
                    ResolvedCredentials c = context.getBean(Session.class).getCredentials();
                    assertThat(c.method()).isEqualTo("env");
                    assertThat(c.get().accessKey()).isEqualTo("AKIDENV");
                });
    }

    @Test
    void unsetCredentialsWithoutEnvironmentComeFromTheSharedCredentialsFile() {
        Runners.on(machine()).run(context -> {
            ResolvedCredentials c = context.getBean(Session.class).getCredentials();
            assertThat(c.method()).isEqualTo("shared-credentials-file");
            assertThat(c.get().accessKey()).isEqualTo("AKIDDEFAULT");
        });
    }

    @Test
    void profilePropertyBeatsAwsProfileAndSelectsRegionAndKeysOfThatProfile() {
        Runners.on(machine().env("AWS_PROFILE", "default").env("AWS_DEFAULT_PROFILE", "default"))
                .withPropertyValues("boto4j.profile=dev")
                .run(context -> {
                    Session session = context.getBean(Session.class);
                    assertThat(session.profileName()).isEqualTo("dev");
                    assertThat(session.regionName()).isEqualTo("eu-central-1");
                    assertThat(session.getCredentials().get().accessKey()).isEqualTo("AKIDDEV");
                });
    }

    @Test
    void profilePropertyKeepsTheEnvironmentCredentialsProvider() {
        Runners.on(machine().env("AWS_ACCESS_KEY_ID", "AKIDENV").env("AWS_SECRET_ACCESS_KEY", "env-secret"))
                .withPropertyValues("boto4j.profile=dev")
                .run(context -> {
                    CredentialResolver chain = context.getBean(CredentialResolver.class);
                    assertThat(chain.get("env")).isNotNull();
                    assertThat(context.getBean(Session.class).getCredentials().get().accessKey()).isEqualTo("AKIDENV");
                });
    }

    @Test
    void regionPropertyKeepsEveryCredentialsProvider() {
        HermeticAws plain = machine();
        String[] withoutRegion = providerNames(plain, new String[0]);
        String[] withRegion = providerNames(plain, new String[] {"boto4j.region=us-west-2"});
        assertThat(withRegion).containsExactly(withoutRegion).contains("env", "shared-credentials-file", "iam-role");
    }

    private static String[] providerNames(HermeticAws machine, String[] properties) {
        String[][] out = new String[1][];
        Runners.on(machine).withPropertyValues(properties).run(context -> out[0] = context
                .getBean(CredentialResolver.class).providers().stream().map(CredentialsProvider::method)
                .toArray(String[]::new));
        return out[0];
    }

    @Test
    void keyPropertiesAreUsedWithTheirSessionToken() {
        Runners.on(machine().env("AWS_ACCESS_KEY_ID", "AKIDENV").env("AWS_SECRET_ACCESS_KEY", "env-secret"))
                .withPropertyValues("boto4j.credentials.access-key-id=AKIDPROP",
                        "boto4j.credentials.secret-access-key=prop-secret", "boto4j.credentials.session-token=tok")
                .run(context -> {
                    ResolvedCredentials c = context.getBean(Session.class).getCredentials();
                    assertThat(c.get().accessKey()).isEqualTo("AKIDPROP");
                    assertThat(c.get().secretKey()).isEqualTo("prop-secret");
                    assertThat(c.get().token()).isEqualTo("tok");
                });
    }

    @Test
    void perClientRegionAndEndpointBeatTheGlobalOnes() {
        Runners.on(machine())
                .withPropertyValues("boto4j.region=eu-west-1", "boto4j.endpoint-url=http://127.0.0.1:1",
                        "boto4j.clients.sqs.enabled=true", "boto4j.clients.dynamodb.region=us-west-2",
                        "boto4j.clients.dynamodb.endpoint-url=http://127.0.0.1:2")
                .run(context -> {
                    Client sqs = context.getBean("sqsClient", Client.class);
                    Client ddb = context.getBean("dynamodbClient", Client.class);
                    assertThat(sqs.meta().regionName()).isEqualTo("eu-west-1");
                    assertThat(sqs.meta().endpointUrl()).isEqualTo("http://127.0.0.1:1");
                    assertThat(ddb.meta().regionName()).isEqualTo("us-west-2");
                    assertThat(ddb.meta().endpointUrl()).isEqualTo("http://127.0.0.1:2");
                });
    }

    @Test
    void perClientProfileGetsASessionOfThatProfile() {
        Runners.on(machine())
                .withPropertyValues("boto4j.clients.sqs.profile=dev", "boto4j.clients.sns.enabled=true")
                .run(context -> {
                    assertThat(context.getBean("sqsClient", Client.class).meta().regionName()).isEqualTo("eu-central-1");
                    assertThat(context.getBean("snsClient", Client.class).meta().regionName()).isEqualTo("ap-northeast-1");
                });
    }

    @Test
    void credentialsProviderBeansGoAtTheHeadOfTheChainInOrder() {
        Runners.on(machine())
                .withUserConfiguration(TwoProviders.class)
                .run(context -> {
                    CredentialResolver chain = context.getBean(CredentialResolver.class);
                    assertThat(chain.providers().stream().map(CredentialsProvider::method).limit(3))
                            .containsExactly("first-app", "second-app", "env");
                    assertThat(context.getBean(Session.class).getCredentials().get().accessKey()).isEqualTo("AKIDAPP1");
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoProviders {
        @Bean
        @Order(2)
        CredentialsProvider second() {
            return provider("second-app", "AKIDAPP2");
        }

        @Bean
        @Order(1)
        CredentialsProvider first() {
            return provider("first-app", "AKIDAPP1");
        }

        private static CredentialsProvider provider(String name, String key) {
            return new CredentialsProvider() {
                @Override
                public String method() {
                    return name;
                }

                @Override
                public ResolvedCredentials load() {
                    return Credentials.of(key, "app-secret", null).withMethod(name);
                }
            };
        }
    }
}
