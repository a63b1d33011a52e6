package io.ehc.statistics.domain;

import java.util.List;

/** The population table, loaded as data (a demo table ships with the platform). */
public interface Populations {
    /** Rows whose region lies within the prefix, by region code. */
    List<Population> within(String regionPrefix);

    /** Sets the figure of a region, replacing the one it had. */
    void save(Population population);
}
