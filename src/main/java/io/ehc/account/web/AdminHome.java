package io.ehc.account.web;

import io.ehc.account.application.ManageAccounts;
import io.ehc.institution.InstitutionLookup;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 管理后台: the administrator's start page, with the areas of administration and how many records each holds. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminHome {
    private final ManageAccounts accounts;
    private final InstitutionLookup institutions;

    AdminHome(ManageAccounts accounts, InstitutionLookup institutions) {
        this.accounts = accounts;
        this.institutions = institutions;
    }

    @GetMapping({"/admin", "/admin/"})
    String home(Authentication auth, Model model) {
        model.addAttribute("staffName", auth.getName());
        model.addAttribute("institutionCount", institutions.within("").size());
        model.addAttribute("accountCount", accounts.all().size());
        return "admin/home";
    }
}
