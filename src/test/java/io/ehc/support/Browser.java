package io.ehc.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Headless Debian chromium driven by Playwright for the browser tests: one browser per test JVM, a fresh context
 * (cookies, storage) per {@link #newPage}, screenshots kept under {@code target/screenshots} as test artefacts,
 * and an axe-core accessibility check. The executable comes from {@code -Dehc.browser.executable} (the pom sets
 * {@code /usr/bin/chromium}); Playwright never downloads a browser ({@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1}).
 */
public final class Browser {
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static com.microsoft.playwright.Browser shared;
    private static String axeSource;

    private Browser() {}

    /** A new page in its own context, in a laptop-sized window, with Chinese as the browser's language. */
    public static Page newPage() {
        return newPage(1366, 900);
    }

    /** A phone-sized page (an H5 page inside WeChat or Alipay is about 390 × 844). */
    public static Page newPhonePage() {
        return newPage(390, 844);
    }

    public static synchronized Page newPage(int width, int height) {
        var context = browser()
                .newContext(new NewContextOptions()
                        .setViewportSize(width, height)
                        .setLocale("zh-CN")
                        .setTimezoneId("Asia/Shanghai"));
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    /** Saves a full-page screenshot as {@code target/screenshots/<name>.png} and returns its path. */
    public static Path screenshot(Page page, String name) {
        Path dir = Paths.get(System.getProperty("ehc.browser.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = dir.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /**
     * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page and returns one line per violation:
     * {@code rule-id (impact): target, target…}. Empty means no violation.
     */
    @SuppressWarnings("unchecked")
    public static List<String> accessibilityViolations(Page page) {
        if (!(Boolean) page.evaluate("() => typeof window.axe !== 'undefined'")) {
            // Evaluated through the DevTools protocol rather than as an inline <script>, which a page's strict
            // content security policy (script-src 'self', the staff pages) would block.
            page.evaluate("() => { " + axe() + "\n}");
            page.evaluate(
                    "() => { if (typeof window.axe === 'undefined' && typeof axe !== 'undefined') window.axe = axe; }");
        }
        Object result = page.evaluate(
                "async () => { const r = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}});"
                        + " return r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', ')); }");
        return new ArrayList<>((List<String>) result);
    }

    private static synchronized String axe() {
        if (axeSource == null) {
            try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(AXE)) {
                if (in == null) {
                    throw new IllegalStateException("axe-core is not on the test class path: " + AXE);
                }
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    private static synchronized com.microsoft.playwright.Browser browser() {
        if (shared == null) {
            Playwright playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            shared = launch(
                    playwright,
                    List.of(
                            "--disable-quic",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync"));
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close, "playwright-close"));
        }
        return shared;
    }

    /** Launches the configured chromium, headless, with the flags every test browser needs and the given ones. */
    static com.microsoft.playwright.Browser launch(Playwright playwright, List<String> flags) {
        String executable = System.getProperty("ehc.browser.executable", "/usr/bin/chromium");
        List<String> args = new ArrayList<>(List.of("--no-sandbox", "--disable-gpu", "--no-first-run"));
        args.addAll(flags);
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get(executable))
                        .setHeadless(true)
                        .setArgs(args));
    }
}
