package io.ehc.h5.web;

import io.ehc.h5.application.Histories;
import io.ehc.h5.application.Household;
import io.ehc.identity.MasterIndex;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 用卡记录 / 扫码记录: where and when a household member's card was used, and which terminals scanned their codes. */
@Controller
class HistoryPages {
    private final Household household;
    private final Histories histories;

    HistoryPages(Household household, Histories histories) {
        this.household = household;
        this.histories = histories;
    }

    @GetMapping("/h5/history")
    String page(
            Authentication auth,
            @RequestParam(required = false) @Nullable String who,
            @RequestParam(defaultValue = "uses") String tab,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        MasterIndex me = H5Sessions.me(auth);
        Household.Person person = household.person(me, who == null ? me.value() : who);
        boolean scans = tab.equals("scans");
        model.addAttribute("person", person);
        model.addAttribute("people", household.of(me));
        model.addAttribute("tab", scans ? "scans" : "uses");
        model.addAttribute("page", scans ? histories.scans(person, page) : histories.uses(person, page));
        model.addAttribute("active", "history");
        return "h5/history";
    }
}
