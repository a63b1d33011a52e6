package io.ehc.shared.time;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform clock, in the node's zone (the national code formats use local time). Tests replace it. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${ehc.node.zone:Asia/Shanghai}") ZoneId zone) {
        return Clock.system(zone);
    }
}
