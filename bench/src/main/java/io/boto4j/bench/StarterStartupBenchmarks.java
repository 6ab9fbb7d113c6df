package io.boto4j.bench;

import io.boto4j.spring.autoconfigure.Boto4jAutoConfiguration;
import io.boto4j.spring.autoconfigure.Boto4jClientsAutoConfiguration;
import io.boto4j.spring.autoconfigure.Boto4jEventsAutoConfiguration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * What the starter adds to an application's start: a context refresh with the boto4j auto-configurations and
 * 0, 3 or 20 client beans, against an empty context (the baseline). Each measured operation refreshes and closes
 * one context; models are cached per JVM after the first start, so the numbers are those of a warm JVM (a
 * restarted context in tests or devtools). The environment is fixed (no AWS variables, no ~/.aws), so the machine
 * does not change the result.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 20)
@Fork(1)
public class StarterStartupBenchmarks {
    private static final List<String> SERVICES = List.of("s3", "sqs", "dynamodb", "sns", "kms", "lambda", "sts",
            "ec2", "iam", "logs", "cloudwatch", "kinesis", "firehose", "secretsmanager", "ssm", "ecr", "ecs",
            "events", "stepfunctions", "cognito-idp");

    /** {@code none}: an empty context without the starter; otherwise the number of client beans. */
    @Param({"none", "0", "3", "20"})
    public String clients;

    @Benchmark
    public Object refreshAndClose() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            if (clients.equals("none")) {
                context.refresh();
                return context.getBeanDefinitionCount();
            }
            StandardEnvironment environment = new StandardEnvironment();
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("boto4j.region", "us-east-1");
            properties.put("boto4j.credentials.access-key-id", "bench");
            properties.put("boto4j.credentials.secret-access-key", "bench");
            for (String service : SERVICES.subList(0, Integer.parseInt(clients))) {
                properties.put("boto4j.clients." + service + ".enabled", "true");
            }
            environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                    new MapPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                            Map.of("HOME", "/nonexistent", "AWS_EC2_METADATA_DISABLED", "true")));
            environment.getPropertySources().addFirst(new MapPropertySource("bench", properties));
            context.setEnvironment(environment);
            context.register(Boto4jAutoConfiguration.class, Boto4jEventsAutoConfiguration.class,
                    Boto4jClientsAutoConfiguration.class);
            context.refresh();
            return context.getBeanDefinitionCount();
        }
    }
}
