package io.ehc.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The platform's front door: where residents, counters, regulators and administrators go, and the API docs. */
@Controller
class HomePage {
    @GetMapping("/")
    String home() {
        return "home";
    }
}
