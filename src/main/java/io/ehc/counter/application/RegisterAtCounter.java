package io.ehc.counter.application;

import io.ehc.card.CardStatus;
import io.ehc.card.application.ApplyForCard;
import io.ehc.counter.domain.Workstation;
import io.ehc.identity.RegistrationForm;
import io.ehc.identity.application.RegisterResident;
import io.ehc.shared.Channel;
import io.ehc.shared.error.InvalidInput;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 窗口建档与申领: registers a resident at the counter and applies for their card on channel 0100 (人工窗口) for the
 * staff member's institution, so the card waits for review where {@code ehc.card.review-channels} and
 * {@code review-document-types} say so; issues temporary cards (临时卡) to people without documents.
 */
@Service
public class RegisterAtCounter {
    /** The card the person holds after the visit; whether the resident and the card are new. */
    public record Issued(String ehcId, CardStatus status, boolean newResident, boolean newCard) {
        @Override
        public String toString() {
            return "Issued[" + ehcId + ", " + status + "]";
        }
    }

    static final String COUNTER = Channel.COUNTER.code();

    private final RegisterResident registration;
    private final ApplyForCard cards;

    RegisterAtCounter(RegisterResident registration, ApplyForCard cards) {
        this.registration = registration;
        this.cards = cards;
    }

    /** Every problem of the form, one per field, as the identity module's rules see them; nothing is stored. */
    public List<InvalidInput> problems(RegistrationFields f) {
        return registration.problems(
                f.name(),
                f.sex(),
                f.nationality(),
                f.birthDate(),
                f.documentType(),
                f.documentNumber(),
                f.phone(),
                f.address(),
                f.homeRegion());
    }

    @Transactional
    public Issued register(Workstation at, RegistrationForm form) {
        RegisterResident.Registration reg = registration.register(form, at.actor());
        ApplyForCard.Application app = cards.apply(reg.masterIndex(), COUNTER, at.institutionCode(), at.actor());
        return new Issued(app.view().ehcId().value(), app.view().status(), reg.created(), app.changed());
    }

    @Transactional
    public Issued issueTemporary(
            Workstation at, String name, String sex, LocalDate birthDate, @Nullable String phone, String homeRegion) {
        ApplyForCard.Application app = cards.issueTemporary(
                name, sex, birthDate, phone, homeRegion, COUNTER, at.institutionCode(), at.actor());
        return new Issued(app.view().ehcId().value(), app.view().status(), true, app.changed());
    }

    /** The registration form's fields as typed; a birth date that is not a date is null. */
    public record RegistrationFields(
            String name,
            String sex,
            String nationality,
            @Nullable LocalDate birthDate,
            String documentType,
            String documentNumber,
            String phone,
            String address,
            String homeRegion) {
        @Override
        public String toString() {
            return "RegistrationFields[type=" + documentType + ", region=" + homeRegion + "]";
        }
    }
}
