package bench.startup;

import io.boto4j.client.Client;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The boto4j starter with S3, SQS and DynamoDB clients (application.properties), observations and health on.
 * Extra clients come from the command line (run.py's 20-client variant). The clients are injected, so a lazy
 * bean would still be built before the application is ready.
 */
@SpringBootApplication
public class Boto4jApp {
    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(Boto4jApp.class);
        application.addListeners(new ReadyClock());
        application.run(args);
    }

    @Bean
    CommandLineRunner useClients(@Qualifier("s3") Client s3, @Qualifier("sqs") Client sqs,
            @Qualifier("dynamodb") Client dynamodb, ObjectProvider<Client> all) {
        return args -> {
            long count = all.orderedStream().count();
            if (count < 3) {
                throw new IllegalStateException("expected at least 3 client beans, found " + count);
            }
        };
    }
}
