package io.ehc.identity.application;

import io.ehc.identity.MasterIndex;
import io.ehc.identity.domain.DocumentType;
import io.ehc.identity.domain.MobilePhone;
import io.ehc.identity.domain.Nationality;
import io.ehc.identity.domain.PersonName;
import io.ehc.identity.domain.Resident;
import io.ehc.identity.domain.Residents;
import io.ehc.identity.domain.Sex;
import io.ehc.identity.events.ResidentRegistered;
import io.ehc.shared.error.Conflict;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.region.Regions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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

    /**
     * Every problem of a registration form, one per field, without registering anything: each field is checked on its
     * own (so a page can show all of them next to their fields), then, when each is valid, the rules across fields
     * (ID number against birth date and sex). A null birth date counts as missing.
     */
    public List<InvalidInput> problems(
            String name,
            String sex,
            String nationality,
            @Nullable LocalDate birthDate,
            String documentType,
            String documentNumber,
            String phone,
            String address,
            String homeRegion) {
        java.util.Map<String, InvalidInput> found = new java.util.LinkedHashMap<>();
        java.util.Map<String, String> given = new java.util.LinkedHashMap<>();
        given.put("name", name);
        given.put("sex", sex);
        given.put("nationality", nationality);
        given.put("documentType", documentType);
        given.put("documentNumber", documentNumber);
        given.put("phone", phone);
        given.put("address", address);
        given.put("homeRegion", homeRegion);
        given.forEach((field, value) -> {
            if (value == null || value.isBlank()) found.put(field, InvalidInput.missing(field));
        });
        check(found, "name", () -> new PersonName(name));
        check(found, "sex", () -> Sex.ofCode(sex));
        check(found, "nationality", () -> new Nationality(nationality));
        if (birthDate == null) found.put("birthDate", InvalidInput.missing("birthDate"));
        else if (birthDate.isAfter(LocalDate.now(clock)))
            found.put("birthDate", new InvalidInput("birthDate", "must not be in the future"));
        check(found, "documentType", () -> DocumentType.ofCode(documentType));
        check(found, "documentNumber", () -> {
            if (documentNumber.isBlank()) throw InvalidInput.missing("documentNumber");
            if (!found.containsKey("documentType"))
                DocumentType.ofCode(documentType).normalise(documentNumber);
        });
        check(found, "phone", () -> new MobilePhone(phone));
        check(found, "address", () -> {
            if (address.isBlank()) throw InvalidInput.missing("address");
            if (address.strip().codePointCount(0, address.strip().length()) > 200)
                throw new InvalidInput("address", "must be at most 200 characters");
        });
        check(found, "homeRegion", () -> {
            if (homeRegion.isBlank()) throw InvalidInput.missing("homeRegion");
            if (!homeRegion.matches("[0-9]{6}") || !regions.exists(homeRegion))
                throw new InvalidInput("homeRegion", "is not a region of GB/T 2260");
        });
        if (found.isEmpty() && birthDate != null)
            check(
                    found,
                    "form",
                    () -> Resident.register(
                            new io.ehc.identity.RegistrationForm(
                                    name,
                                    sex,
                                    nationality,
                                    birthDate,
                                    documentType,
                                    documentNumber,
                                    phone,
                                    address,
                                    homeRegion),
                            regions::exists,
                            LocalDate.now(clock),
                            clock.instant(),
                            "check"));
        return List.copyOf(found.values());
    }

    private static void check(java.util.Map<String, InvalidInput> found, String field, Runnable rule) {
        try {
            rule.run();
        } catch (InvalidInput e) {
            found.putIfAbsent(e.field(), e);
        }
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
