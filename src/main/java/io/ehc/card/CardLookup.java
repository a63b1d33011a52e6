package io.ehc.card;

import java.util.List;
import java.util.Optional;

/** Questions other modules ask about cards. */
public interface CardLookup {
    Optional<CardView> findByEhcId(EhcId ehcId);

    Optional<CardView> findByMasterIndex(String masterIndex);

    /** Temporary cards merged into this card; their use history belongs to it. */
    List<EhcId> mergedFrom(EhcId ehcId);
}
