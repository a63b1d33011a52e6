package io.ehc.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of integration tests: the whole platform on a real (embedded) PostgreSQL of its own, on a random port,
 * with a key store generated for the test run. All such tests share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class PlatformIT {}
