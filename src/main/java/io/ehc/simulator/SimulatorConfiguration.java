package io.ehc.simulator;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the simulators inside the platform when {@code ehc.simulator.enabled} is true (the default, so the demo can
 * pay and decode vouchers). The port they listen on is published as {@code local.simulator.port}, like Spring Boot's
 * {@code local.server.port}: clients configured with the base URL {@code simulator} read it, and no module depends on
 * this one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("ehc.simulator.enabled")
@EnableConfigurationProperties(SimulatorConfiguration.Settings.class)
class SimulatorConfiguration {
    private static final Logger log = LoggerFactory.getLogger(SimulatorConfiguration.class);

    /** Port (0: any free port), delay of simulated timeouts, size of the server's thread pool. */
    @ConfigurationProperties("ehc.simulator")
    record Settings(boolean enabled, int port, Duration delay, int threads) {
        Settings {
            if (delay == null) delay = Duration.ofSeconds(5);
            if (threads < 1) threads = 8;
        }
    }

    @Bean(destroyMethod = "close")
    SimulatorServer simulatorServer(Settings settings, ConfigurableEnvironment environment) throws IOException {
        SimulatorServer server = SimulatorServer.start(settings.port(), settings.delay(), settings.threads());
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("ehc-simulator", Map.of("local.simulator.port", server.port())));
        log.info("simulators of the payment channels and the insurer listening on {}/sim", server.baseUri());
        return server;
    }
}
