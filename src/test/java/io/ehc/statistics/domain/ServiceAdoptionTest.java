package io.ehc.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceAdoptionTest {
    static final Service APPOINTMENT = new Service("appointment", "预约挂号", "appointment booking");
    static final Service ONLINE_PAYMENT = new Service("online_payment", "在线支付", "online payment");
    static final Service TRIAGE = new Service("intelligent_triage", "智能导诊", "intelligent triage");
    static final List<ServiceRule> RULES = List.of(
            new ServiceRule("appointment", null, "0101011", Set.of(), "scene"),
            new ServiceRule("online_payment", "010105", null, Set.of("0401", "0402"), "step online"),
            new ServiceRule("intelligent_triage", null, "0101014", Set.of(), "scene"));

    @Test
    void aRuleMatchesEveryFieldItGives() {
        ServiceRule online = RULES.get(1);
        assertThat(online.matches("010105", "0101051", "0402")).isTrue();
        assertThat(online.matches("010105", "", "0401")).isTrue();
        assertThat(online.matches("010105", "0101052", "0100"))
                .as("counter payment is not online")
                .isFalse();
        assertThat(online.matches("010101", "", "0402")).isFalse();
        assertThat(RULES.get(0).matches("010101", "0101011", "0100")).isTrue();
    }

    @Test
    void measuresTheShareOfTheRegionsCitiesWhereEachServiceIsInUse() {
        List<String> cities = List.of("430100", "430200", "430300", "430400");
        List<ServiceAdoption.Activity> recorded = List.of(
                new ServiceAdoption.Activity("430100", "010101", "0101011", "0402"),
                new ServiceAdoption.Activity("430200", "010101", "0101011", "0100"),
                new ServiceAdoption.Activity("430200", "010105", "0101052", "0100"),
                new ServiceAdoption.Activity("430100", "010105", "0101051", "0401"),
                new ServiceAdoption.Activity("440100", "010101", "0101014", "0402")); // outside the region
        List<ServiceAdoption.Adoption> a =
                ServiceAdoption.measure(List.of(APPOINTMENT, ONLINE_PAYMENT, TRIAGE), RULES, cities, recorded);
        assertThat(a)
                .extracting(x -> x.service().code())
                .containsExactly("appointment", "online_payment", "intelligent_triage");
        assertThat(a.get(0).citiesInUse()).containsExactly("430100", "430200");
        assertThat(a.get(0).share()).isEqualTo(0.5);
        assertThat(a.get(1).citiesInUse()).containsExactly("430100");
        assertThat(a.get(1).share()).isEqualTo(0.25);
        assertThat(a.get(2).citiesInUse()).isEmpty();
        assertThat(a.get(2).cities()).isEqualTo(4);
    }
}
