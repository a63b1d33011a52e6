package io.ehc.usage;

import static org.assertj.core.api.Assertions.assertThat;

import io.ehc.healthcode.HealthCodes;
import io.ehc.support.PlatformIT;
import io.ehc.usage.domain.CardUses;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The services every scan goes through are called directly, not through a proxy: a listener, {@code @Transactional}
 * or {@code @Repository} on them would put one in front (docs/benchmarks.md, seventh measurement session).
 */
class ScanPathProxiesIT extends PlatformIT {
    @Autowired
    HealthCodes codes;

    @Autowired
    HealthCodeScans scans;

    @Autowired
    CardUses uses;

    @Autowired
    ApplicationContext context;

    @Test
    void theServicesOfTheScanPathAreNotProxied() {
        assertThat(AopUtils.isAopProxy(codes)).as("health-code service").isFalse();
        assertThat(AopUtils.isAopProxy(scans)).as("card-use recording").isFalse();
        assertThat(AopUtils.isAopProxy(uses)).as("card-use store").isFalse();
        // package-private in the health-code module: by its bean name
        assertThat(AopUtils.isAopProxy(context.getBean("cardStates")))
                .as("card-state cache")
                .isFalse();
    }
}
