package io.ehc;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class EhcApplication {
    public static void main(String[] args) {
        SpringApplication.run(EhcApplication.class, args);
    }
}
