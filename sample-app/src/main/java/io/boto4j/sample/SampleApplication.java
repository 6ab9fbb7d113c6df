package io.boto4j.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring Boot application that uses AWS through the boto4j starter: the client beans come from application.yml. */
@SpringBootApplication
public class SampleApplication {
    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(SampleApplication.class, args)));
    }
}
