package io.ehc.statistics.domain;

import java.util.List;

/** The services and the rules mapping recorded uses to them, loaded as data (statistics_service tables). */
public interface ServiceCatalogue {
    /** In publication order. */
    List<Service> services();

    List<ServiceRule> rules();
}
