package io.boto4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.boto4j.spring.testsupport.HermeticAws;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.GeneratedFiles.Kind;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.core.env.MapPropertySource;
import org.springframework.javapoet.ClassName;

/** Ahead-of-time processing writes the client beans out as plain code (no instance supplier it cannot generate). */
class AotProcessingTest {

    @Test
    void clientBeanDefinitionsAreWrittenOutWithTheirFactoryMethodAndQualifier() {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        HermeticAws.create().initialize(context);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", Map.of(
                "boto4j.region", "eu-west-1", "boto4j.clients.sqs.enabled", "true",
                "boto4j.clients.cognito-idp.enabled", "true")));
        context.register(Boto4jAutoConfiguration.class, Boto4jEventsAutoConfiguration.class,
                Boto4jClientsAutoConfiguration.class);
        InMemoryGeneratedFiles files = new InMemoryGeneratedFiles();
        DefaultGenerationContext generation = new DefaultGenerationContext(
                new ClassNameGenerator(ClassName.get(AotProcessingTest.class)), files);
        new ApplicationContextAotGenerator().processAheadOfTime(context, generation);
        generation.writeGeneratedContent();

        String sources = files.getGeneratedFiles(Kind.SOURCE).values().stream().map(source -> {
            try (InputStream in = source.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).collect(Collectors.joining("\n"));
        assertThat(sources).contains("\"sqsClient\"").contains("\"cognitoIdpClient\"")
                .contains("forFactoryMethod(Boto4jClientFactory.class, \"create\", String.class)")
                .contains("addQualifier").contains("\"cognito-idp\"");
    }
}
