package io.ehc.identity.application;

import io.ehc.identity.MasterIndex;
import io.ehc.identity.domain.Resident;
import io.ehc.identity.domain.Residents;
import io.ehc.identity.events.ResidentRegistered;
import io.ehc.shared.error.Conflict;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.region.Regions;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 注册: adds a person to the master index, once per document. Registering the same document again returns the
 * existing resident; if the name or birth date differ, it is someone else's document and is refused (3003).
 */
@Service
public class RegisterResident implements io.ehc.identity.TemporaryRegistration {
    /** The master index holding the document, and whether this call created it. */
    public record Registration(MasterIndex masterIndex, boolean created) {}

    private final Residents residents;
    private final Regions regions;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RegisterResident(Residents residents, Regions regions, Clock clock, ApplicationEventPublisher events) {
        this.residents = residents;
        this.regions = regions;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public Registration register(io.ehc.identity.RegistrationForm form, String by) {
        Resident candidate = Resident.register(form, regions::exists, LocalDate.now(clock), clock.instant(), by);
        return store(candidate);
    }

    @Override
    @Transactional
    public MasterIndex registerTemporary(
            String name, String sex, LocalDate birthDate, @Nullable String phone, String homeRegion, String by) {
        Resident candidate = Resident.temporary(
                name, sex, birthDate, phone, homeRegion, regions::exists, LocalDate.now(clock), clock.instant(), by);
        return store(candidate).masterIndex();
    }

    Registration store(Resident candidate) {
        MasterIndex holder = residents.addIfAbsent(candidate);
        if (holder.equals(candidate.masterIndex())) {
            events.publishEvent(new ResidentRegistered(
                    holder.value(), candidate.homeRegion(), candidate.temporary(), candidate.registeredAt()));
            return new Registration(holder, true);
        }
        Resident existing = residents.find(holder).orElseThrow();
        if (!existing.samePersonAs(candidate))
            throw new Conflict(
                    ErrorCodes.IDENTITY_MISMATCH, "the document is registered to a person with other details");
        return new Registration(holder, false);
    }
}
