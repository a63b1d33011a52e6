package io.ehc.healthcode.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.ehc.card.CardLookup;
import io.ehc.card.CardView;
import io.ehc.card.EhcId;
import io.ehc.card.events.CardStateChanged;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The card states a verification reads, cached for {@code ehc.code.card-cache-ttl} and forgotten as soon as a change
 * of the card is committed ({@link Evictions}). The event listener is a bean of its own: a listener makes Spring
 * Modulith proxy its bean, and this cache, read for every scan, is better without a proxy in front of it (the proxy
 * cost about 1 µs a verification, docs/benchmarks.md).
 */
@Component
class CardStates {
    private final CardLookup cards;
    private final Cache<String, CardView> cache;

    CardStates(CardLookup cards, CodeSettings settings) {
        this.cards = cards;
        this.cache = Caffeine.newBuilder()
                .executor(Runnable::run) // maintenance on the caller: no wake-up of a pool thread per request
                .expireAfterWrite(settings.cardCacheTtl())
                .maximumSize(500_000)
                .build();
    }

    /** The card with this EHC ID, from the cache when it was read recently. */
    Optional<CardView> find(String ehcId) {
        CardView card = cache.getIfPresent(ehcId);
        if (card != null) return Optional.of(card);
        Optional<CardView> loaded = cards.findByEhcId(new EhcId(ehcId));
        loaded.ifPresent(c -> cache.put(ehcId, c));
        return loaded;
    }

    void forget(String ehcId) {
        cache.invalidate(ehcId);
    }

    /** Forgets the cached state of changed cards. */
    @Component
    static class Evictions {
        private final CardStates states;

        Evictions(CardStates states) {
            this.states = states;
        }

        /** A card changed: forget its cached state as soon as the change is committed. */
        @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
        void on(CardStateChanged changed) {
            states.forget(changed.ehcId());
        }
    }
}
