package io.ehc.identity.application;

import io.ehc.identity.MasterIndex;
import io.ehc.identity.OwnerCardCheck;
import io.ehc.identity.domain.DocumentType;
import io.ehc.identity.domain.FamilyBinding;
import io.ehc.identity.domain.FamilyRelation;
import io.ehc.identity.domain.PersonName;
import io.ehc.identity.domain.Resident;
import io.ehc.identity.domain.Residents;
import io.ehc.identity.domain.Sex;
import io.ehc.identity.events.FamilyMemberBound;
import io.ehc.identity.events.FamilyMemberUnbound;
import io.ehc.shared.error.Conflict;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.error.NotFound;
import io.ehc.shared.error.PlatformException;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 家庭成员: binding and unbinding the members a resident looks after, and registering a newborn with a birth
 * certificate. All of it only while the owner's own card is in normal state (DOMAIN.md §2, code 7003).
 */
@Service
public class ManageFamily {
    private final Residents residents;
    private final OwnerCardCheck ownerCards;
    private final RegisterResident registration;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ManageFamily(
            Residents residents,
            OwnerCardCheck ownerCards,
            RegisterResident registration,
            Clock clock,
            ApplicationEventPublisher events) {
        this.residents = residents;
        this.ownerCards = ownerCards;
        this.registration = registration;
        this.clock = clock;
        this.events = events;
    }

    /** Binds a registered person, named by document and name (both must match the master index). */
    @Transactional
    public MasterIndex bind(
            MasterIndex owner, String documentType, String documentNumber, String name, String relation, String by) {
        FamilyRelation rel = new FamilyRelation(relation);
        DocumentType type = DocumentType.ofCode(documentType);
        String number = type.normalise(documentNumber);
        PersonName given = new PersonName(name);
        requireOwnerActive(owner);
        MasterIndex member = residents
                .findByDocument(type, number)
                .orElseThrow(() -> new NotFound(ErrorCodes.NOT_REGISTERED, "no resident holds that document"));
        Resident memberRecord = residents.find(member).orElseThrow();
        if (!memberRecord.name().value().equals(given.value()))
            throw new Conflict(ErrorCodes.IDENTITY_MISMATCH, "name and document do not belong to the same resident");
        bindExisting(owner, member, rel, by);
        return member;
    }

    /** 新生儿: registers a child by birth certificate (type 08) and binds it to the parent. */
    @Transactional
    public RegisterResident.Registration registerNewborn(
            MasterIndex parent,
            String name,
            String sex,
            java.time.LocalDate birthDate,
            String certificateNumber,
            @Nullable String nationality,
            @Nullable String relation,
            String by) {
        requireOwnerActive(parent);
        Resident p =
                residents.find(parent).orElseThrow(() -> new NotFound(ErrorCodes.NOT_REGISTERED, "no such resident"));
        if (p.phone() == null || p.address() == null)
            throw new PlatformException(ErrorCodes.OWNER_CARD_NOT_ACTIVE, 422, "the parent has no formal registration");
        io.ehc.identity.RegistrationForm form = new io.ehc.identity.RegistrationForm(
                name,
                sex,
                nationality == null ? p.nationality().code() : nationality,
                birthDate,
                DocumentType.BIRTH_CERTIFICATE.code(),
                certificateNumber,
                p.phone().value(),
                p.address(),
                p.homeRegion());
        RegisterResident.Registration child = registration.register(form, by);
        FamilyRelation rel = relation == null ? FamilyRelation.childOf(Sex.ofCode(sex)) : new FamilyRelation(relation);
        if (!rel.code().equals("2") && !rel.code().equals("3"))
            throw new InvalidInput("relation", "a newborn is bound as son (2) or daughter (3)");
        if (!residents.activeBindings(parent).stream().anyMatch(b -> b.member().equals(child.masterIndex())))
            bindExisting(parent, child.masterIndex(), rel, by);
        return child;
    }

    @Transactional
    public void unbind(MasterIndex owner, MasterIndex member, String reason, String by) {
        requireOwnerActive(owner);
        if (!residents.unbind(owner, member, reason, by))
            throw new NotFound("the member is not bound to this resident");
        events.publishEvent(new FamilyMemberUnbound(owner.value(), member.value(), clock.instant()));
    }

    /** A member bound to a resident, as other modules see it: the member, the GB/T 4761 relation and when. */
    public record Member(MasterIndex masterIndex, String relation, java.time.Instant boundAt) {}

    /** The members the owner looks after (active bindings), in the order they were bound. */
    public List<Member> membersOf(MasterIndex owner) {
        return members(owner).stream()
                .map(b -> new Member(b.member(), b.relation().code(), b.boundAt()))
                .toList();
    }

    /** Whether the member is bound to the owner now (the owner may act for them). */
    public boolean looksAfter(MasterIndex owner, MasterIndex member) {
        return residents.activeBindings(owner).stream().anyMatch(b -> b.member().equals(member));
    }

    public List<FamilyBinding> members(MasterIndex owner) {
        residents.find(owner).orElseThrow(() -> new NotFound(ErrorCodes.NOT_REGISTERED, "no such resident"));
        return residents.activeBindings(owner);
    }

    private void bindExisting(MasterIndex owner, MasterIndex member, FamilyRelation rel, String by) {
        if (owner.equals(member)) throw new InvalidInput("member", "a resident cannot bind themselves");
        FamilyBinding binding = new FamilyBinding(owner, member, rel, clock.instant());
        if (!residents.bind(binding, by)) throw new Conflict(ErrorCodes.CONFLICT, "the member is already bound");
        events.publishEvent(new FamilyMemberBound(owner.value(), member.value(), rel.code(), binding.boundAt()));
    }

    private void requireOwnerActive(MasterIndex owner) {
        residents.find(owner).orElseThrow(() -> new NotFound(ErrorCodes.NOT_REGISTERED, "no such resident"));
        if (!ownerCards.hasActiveCard(owner))
            throw new PlatformException(
                    ErrorCodes.OWNER_CARD_NOT_ACTIVE, 422, "the owner's card is not in normal state");
    }
}
