package io.ehc;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** EHC Platform: the regional resident electronic health card platform, one deployable. */
@SpringBootApplication
@EnableScheduling
public class EhcApplication {
    public static void main(String[] args) {
        SpringApplication.run(EhcApplication.class, args);
    }
}
