package io.ehc.statistics.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * 服务覆盖: in how many of the prefecture cities of a region each service is in use, a service being in use in a city
 * when at least one use recorded there in the period matches one of its rules.
 */
public final class ServiceAdoption {
    /** What was recorded in a city: care step, scene ("" for none) and channel. */
    public record Activity(String city, String careStep, String scene, String channel) {}

    /** A service's adoption: the cities of the region, and those where it is in use. */
    public record Adoption(Service service, int cities, Set<String> citiesInUse) {
        public double share() {
            return Table.share(citiesInUse.size(), cities);
        }
    }

    private ServiceAdoption() {}

    public static List<Adoption> measure(
            List<Service> services, List<ServiceRule> rules, List<String> cities, List<Activity> activities) {
        Set<String> regionCities = new TreeSet<>(cities);
        Map<String, Set<String>> inUse = new TreeMap<>();
        for (Activity a : activities) {
            if (!regionCities.contains(a.city())) continue;
            for (ServiceRule r : rules)
                if (r.matches(a.careStep(), a.scene(), a.channel()))
                    inUse.computeIfAbsent(r.service(), s -> new TreeSet<>()).add(a.city());
        }
        List<Adoption> out = new ArrayList<>(services.size());
        for (Service s : services)
            out.add(new Adoption(s, regionCities.size(), inUse.getOrDefault(s.code(), Set.of())));
        return out;
    }
}
