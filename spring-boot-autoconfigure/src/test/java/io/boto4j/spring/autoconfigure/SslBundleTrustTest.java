package io.boto4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.boto4j.spring.testsupport.HermeticAws;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;

/** boto4j.ssl.bundle hands the trust store of a Spring Boot SSL bundle to the client's HTTP connections. */
class SslBundleTrustTest {

    @Test
    void theBundlesTrustedCertificatesBecomeTheClientsCaBundle(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("trust.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "test-ca", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=boto4j test CA",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit")
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).isZero();
        KeyStore expected = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            expected.load(in, "changeit".toCharArray());
        }
        List<Object> verify = new ArrayList<>();
        Runners.on(HermeticAws.create())
                .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class))
                .withPropertyValues("boto4j.region=eu-west-1", "boto4j.clients.sqs.enabled=true",
                        "boto4j.ssl.bundle=corp",
                        "spring.ssl.bundle.jks.corp.truststore.location=file:" + store,
                        "spring.ssl.bundle.jks.corp.truststore.password=changeit",
                        "spring.ssl.bundle.jks.corp.truststore.type=PKCS12")
                .withBean(ClientCustomizer.class, () -> (service, options) -> verify.add(options.build().verify()))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    context.getBean("sqsClient");
                    assertThat(verify).hasSize(1).first().isInstanceOf(String.class);
                    List<Certificate> written;
                    try (InputStream in = Files.newInputStream(Path.of((String) verify.get(0)))) {
                        written = List.copyOf(CertificateFactory.getInstance("X.509").generateCertificates(in));
                    }
                    assertThat(written).containsExactly(expected.getCertificate("test-ca"));
                });
    }
}
