package io.ehc.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import io.ehc.support.Browser;
import io.ehc.support.PlatformIT;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The front door in a real browser: Chinese first, English on the switch, and no accessibility violation. */
class HomePageIT extends PlatformIT {
    @LocalServerPort
    int port;

    @Test
    void opensInChineseSwitchesToEnglishAndBackAndPassesTheAccessibilityCheck() {
        Page page = Browser.newPage();
        try {
            page.navigate("http://localhost:" + port + "/");
            assertThat(page.locator("h1").textContent()).isEqualTo("电子健康卡平台");
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("zh-CN");
            assertThat(Browser.accessibilityViolations(page)).isEmpty();
            Browser.screenshot(page, "home-zh");

            page.getByText("English").click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Health card platform");
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
            // The choice is remembered in a cookie: a plain visit stays in English.
            page.navigate("http://localhost:" + port + "/");
            assertThat(page.locator("h1").textContent()).isEqualTo("Health card platform");
            assertThat(Browser.accessibilityViolations(page)).isEmpty();
            Browser.screenshot(page, "home-en");

            page.getByText("中文").click();
            assertThat(page.locator("h1").textContent()).isEqualTo("电子健康卡平台");
        } finally {
            page.context().close();
        }
    }

    @Test
    void theBrowserFindsTheSiteIcon() {
        Page page = Browser.newPage();
        try {
            APIResponse icon = page.request().get("http://localhost:" + port + "/favicon.ico");
            assertThat(icon.status()).isEqualTo(200);
            assertThat(icon.headers().get("content-type")).contains("icon");
            assertThat(icon.body()).startsWith(0, 0, 1, 0); // an ICO directory
        } finally {
            page.context().close();
        }
    }
}
