package bench.startup;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The baseline: Spring Boot core and actuator, nothing of AWS. */
@SpringBootApplication
public class BaselineApp {
    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(BaselineApp.class);
        application.addListeners(new ReadyClock());
        application.run(args);
    }
}
