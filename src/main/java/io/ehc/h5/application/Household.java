package io.ehc.h5.application;

import io.ehc.card.CardLookup;
import io.ehc.card.CardStatus;
import io.ehc.card.CardView;
import io.ehc.card.application.ApplyForCard;
import io.ehc.card.application.ChangeCardState;
import io.ehc.identity.MasterIndex;
import io.ehc.identity.ResidentLookup;
import io.ehc.identity.ResidentSummary;
import io.ehc.identity.application.ManageFamily;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.PlatformException;
import io.ehc.shared.privacy.Mask;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * 我和家人: the people a signed-in resident may see and act for, which are themselves and the members bound to them
 * now (GB/T 4761). Every page reaches a person only through {@link #person}, so an ID in a URL that is not one of
 * them is refused ({@link NotYours}) before anything is read.
 */
@Service
public class Household {
    /** 本人 in GB/T 4761. */
    public static final String SELF = "0";

    /** One person of the household as the pages show them: names and documents masked. */
    public record Person(
            String id,
            String relation,
            String maskedName,
            String sex,
            LocalDate birthDate,
            @Nullable String documentType,
            @Nullable String maskedDocument,
            String homeRegion,
            @Nullable CardView card) {
        public boolean self() {
            return SELF.equals(relation);
        }

        public boolean cardActive() {
            return card != null && card.status() == CardStatus.ACTIVE;
        }

        /** The EHC ID shortened for display: first 6 and last 4 characters. */
        public @Nullable String maskedEhcId() {
            if (card == null) return null;
            String v = card.ehcId().value();
            return v.substring(0, 6) + "…" + v.substring(v.length() - 4);
        }
    }

    /** The channel of cards applied for on these pages: 0401 服务号 (an H5 page of an official account). */
    public static final String CHANNEL = "0401";

    private final ResidentLookup residents;
    private final ManageFamily family;
    private final CardLookup cards;
    private final ApplyForCard apply;
    private final ChangeCardState lifecycle;

    Household(
            ResidentLookup residents,
            ManageFamily family,
            CardLookup cards,
            ApplyForCard apply,
            ChangeCardState lifecycle) {
        this.residents = residents;
        this.family = family;
        this.cards = cards;
        this.apply = apply;
        this.lifecycle = lifecycle;
    }

    /** The resident first, then the members bound to them. */
    public List<Person> of(MasterIndex me) {
        List<Person> people = new ArrayList<>();
        load(me, SELF).ifPresent(people::add);
        for (ManageFamily.Member m : family.membersOf(me))
            load(m.masterIndex(), m.relation()).ifPresent(people::add);
        return people;
    }

    /** The person with this ID if it is the resident or a member bound to them; otherwise {@link NotYours}. */
    public Person person(MasterIndex me, String id) {
        MasterIndex wanted;
        try {
            wanted = new MasterIndex(id);
        } catch (RuntimeException e) {
            throw new NotYours();
        }
        if (wanted.equals(me)) return load(me, SELF).orElseThrow(NotYours::new);
        return family.membersOf(me).stream()
                .filter(m -> m.masterIndex().equals(wanted))
                .findFirst()
                .flatMap(m -> load(m.masterIndex(), m.relation()))
                .orElseThrow(NotYours::new);
    }

    /** 申领: applies for the person's card on this channel (an existing card is kept, a cancelled one restored). */
    public void applyForCard(MasterIndex me, String id) {
        Person p = person(me, id);
        apply.apply(new MasterIndex(p.id()), CHANNEL, null, actor(me));
    }

    /** 挂失: the card stops verifying at once; its codes with it. */
    public void reportLost(MasterIndex me, String id) {
        CardView card = cardOf(person(me, id));
        lifecycle.reportLost(card.ehcId(), actor(me), "reported lost by the resident (H5)");
    }

    /** 补办: a lost card is reissued with the same EHC ID; every code shown before stops verifying. */
    public void reissue(MasterIndex me, String id) {
        CardView card = cardOf(person(me, id));
        lifecycle.reissue(card.ehcId(), actor(me), "reissued by the resident (H5)");
    }

    private static CardView cardOf(Person p) {
        if (p.card() == null) throw new PlatformException(ErrorCodes.NOT_REGISTERED, 404, "no card yet");
        return p.card();
    }

    /** How the card module records who acted: the resident's master index, never a name. */
    public static String actor(MasterIndex me) {
        return "resident:" + me.value().substring(0, 12);
    }

    private Optional<Person> load(MasterIndex mi, String relation) {
        return residents.summary(mi).map(s -> person(s, relation));
    }

    private Person person(ResidentSummary s, String relation) {
        return new Person(
                s.masterIndex(),
                relation,
                Mask.name(s.name()),
                s.sex(),
                s.birthDate(),
                s.documentType(),
                s.maskedDocument(),
                s.homeRegion(),
                cards.findByMasterIndex(s.masterIndex()).orElse(null));
    }
}
