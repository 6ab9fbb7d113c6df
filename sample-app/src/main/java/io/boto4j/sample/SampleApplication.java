package io.boto4j.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * A document inbox on AWS through the boto4j starter: uploads go to S3 by a managed transfer, a worker takes
 * them from SQS, records them in DynamoDB and announces them on SNS. With no profile it runs on the starter's
 * local backend (moto), so {@code java -jar} alone works; the {@code aws} profile uses the normal AWS chain.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SampleApplication {
    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }
}
