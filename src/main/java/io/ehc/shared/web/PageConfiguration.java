package io.ehc.shared.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * What every web page shares: Chinese (zh-CN) unless the visitor chose English with {@code ?lang=en} (kept in the
 * {@code ehc-lang} cookie for a year), the browser's own language is deliberately not consulted so that a page
 * always opens in Chinese first. Messages come from {@code i18n/*.properties} (see {@code spring.messages}).
 */
@Configuration(proxyBeanMethods = false)
class PageConfiguration implements WebMvcConfigurer {
    static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("ehc-lang");
        resolver.setDefaultLocale(DEFAULT);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**", "/actuator/**");
    }
}
