package io.ehc.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ehc.account.StaffPrincipal;
import io.ehc.shared.error.InvalidInput;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JurisdictionTest {
    @Test
    void aProvinceCoversItsCitiesAndCountiesOnly() {
        Jurisdiction hunan = new Jurisdiction("430000");
        assertThat(hunan.covers("430000")).isTrue();
        assertThat(hunan.covers("430100")).isTrue();
        assertThat(hunan.covers("430102")).isTrue();
        assertThat(hunan.covers("440100")).isFalse();
    }

    @Test
    void aCityCoversItselfAndItsCountiesButNotTheProvinceOrAnotherCity() {
        Jurisdiction changsha = new Jurisdiction("430100");
        assertThat(changsha.covers("430100")).isTrue();
        assertThat(changsha.covers("430124")).isTrue();
        assertThat(changsha.covers("430000")).isFalse();
        assertThat(changsha.covers("430200")).isFalse();
        assertThat(changsha.covers("430224")).isFalse();
    }

    @Test
    void aCountyCoversOnlyItself() {
        assertThat(new Jurisdiction("430124").covers("430124")).isTrue();
        assertThat(new Jurisdiction("430124").covers("430100")).isFalse();
    }

    @Test
    void refusesWhatIsNotASixDigitCode() {
        assertThatThrownBy(() -> new Jurisdiction("4301")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new Jurisdiction("43010A")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void thePrincipalOfASessionAppliesTheSameScopeAndAdministratorsSeeEverything() {
        StaffPrincipal city = new StaffPrincipal("changsha.wjw", "长沙", Set.of("REGULATOR"), "430100", null);
        assertThat(city.mayView("430102")).isTrue();
        assertThat(city.mayView("430000")).isFalse();
        assertThat(city.mayView("430200")).isFalse();
        StaffPrincipal admin = new StaffPrincipal("admin", "admin", Set.of("ADMIN"), null, null);
        assertThat(admin.mayView("110000")).isTrue();
        StaffPrincipal clerk = new StaffPrincipal("clerk", "clerk", Set.of("STAFF"), null, "43010000001");
        assertThat(clerk.mayView("430100")).isFalse();
    }
}
