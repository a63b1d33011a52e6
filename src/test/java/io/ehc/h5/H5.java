package io.ehc.h5;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.ehc.shared.privacy.Mask;
import io.ehc.support.Api;
import io.ehc.support.Residents;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Steps of the resident pages' browser tests: a registered resident with a card, OTP sign-in, the axe check. */
final class H5 {
    private H5() {}

    /** A resident registered (and with an active card) through the API, as the tests know them. */
    record Resident(String masterIndex, String phone, String ehcId, Map<String, Object> form) {}

    static Resident withCard(Api api) {
        Map<String, Object> form = Residents.aResidentOfChangsha();
        Api.Response reg = api.admin("POST", "/api/v1/residents", form);
        assertThat(reg.status()).as(reg.text()).isEqualTo(201);
        String mi = reg.json().path("masterIndex").asString();
        Api.Response card = api.admin("POST", "/api/v1/cards", Map.of("masterIndex", mi, "channel", "0402"));
        assertThat(card.status()).as(card.text()).isIn(200, 201);
        return new Resident(
                mi, (String) form.get("phone"), card.json().path("ehcId").asString(), form);
    }

    /** Signs in on the page with a one-time code read from the SMS simulator's outbox page; ends on the card page. */
    static void signInWithCode(Page page, String base, String phone) {
        page.navigate(base + "/h5/signin");
        page.locator("#phone").fill(phone);
        page.locator("#send-code").click();
        assertThat(page.locator(".alert.ok").textContent()).isNotBlank();
        String code = latestCode(page, base, phone);
        page.locator("#code").fill(code);
        page.locator("#signin-otp").click();
        page.waitForURL("**/h5/card**");
    }

    /** The code of the newest message to this phone on /h5/sms-outbox (phones are masked there). */
    static String latestCode(Page page, String base, String phone) {
        Page outbox = page.context().newPage();
        try {
            outbox.navigate(base + "/h5/sms-outbox");
            Locator items = outbox.locator(".sms");
            for (int i = 0; i < items.count(); i++) {
                Locator item = items.nth(i);
                if (item.locator("strong").textContent().equals(Mask.phone(phone)))
                    return item.locator(".sms-text")
                            .textContent()
                            .replaceAll("[^0-9]", "")
                            .substring(0, 6);
            }
            throw new AssertionError("no message to " + Mask.phone(phone) + " in the outbox");
        } finally {
            outbox.close();
        }
    }

    /** The outbox page, for a screenshot. */
    static void showOutbox(Page page, String base) {
        page.navigate(base + "/h5/sms-outbox");
    }

    /**
     * axe-core (WCAG 2.0/2.1 A and AA) on the page. The script is loaded from this origin (the axe-core WebJar on the
     * test class path is served under /webjars), because the pages' CSP refuses inline scripts.
     */
    @SuppressWarnings("unchecked")
    static List<String> accessibilityViolations(Page page) {
        page.addScriptTag(new Page.AddScriptTagOptions().setUrl("/webjars/axe-core/4.6.3/axe.min.js"));
        Object result = page.evaluate(
                "async () => { const r = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}});"
                        + " return r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', ')); }");
        return new ArrayList<>((List<String>) result);
    }
}
