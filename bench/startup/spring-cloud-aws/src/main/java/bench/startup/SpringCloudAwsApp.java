package bench.startup;

import io.awspring.cloud.dynamodb.DynamoDbTemplate;
import io.awspring.cloud.s3.S3Template;
import io.awspring.cloud.sqs.operations.SqsTemplate;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

/**
 * Spring Cloud AWS 4.0.0 configuring the same three services (application.properties), with its SQS observation
 * on (its only Micrometer observation support). The clients and templates are injected, as an application would.
 */
@SpringBootApplication
public class SpringCloudAwsApp {
    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(SpringCloudAwsApp.class);
        application.addListeners(new ReadyClock());
        application.run(args);
    }

    @Bean
    CommandLineRunner useClients(S3Client s3, SqsAsyncClient sqs, DynamoDbClient dynamodb, S3Template s3Template,
            SqsTemplate sqsTemplate, DynamoDbTemplate dynamoDbTemplate) {
        return args -> {
        };
    }
}
