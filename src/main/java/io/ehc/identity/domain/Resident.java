package io.ehc.identity.domain;

import io.ehc.identity.MasterIndex;
import io.ehc.identity.RegistrationForm;
import io.ehc.shared.error.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * 居民: one person of the master index. Registration checks that the document number, birth date and sex agree
 * (GB 11643 for ID card and household register) and that the home region exists in GB/T 2260. Temporary persons
 * (counter issuance without documents) have no document.
 */
public record Resident(
        MasterIndex masterIndex,
        @Nullable DocumentType documentType,
        @Nullable String documentNumber,
        PersonName name,
        Sex sex,
        Nationality nationality,
        LocalDate birthDate,
        @Nullable MobilePhone phone,
        @Nullable String address,
        String homeRegion,
        boolean temporary,
        Instant registeredAt,
        String registeredBy) {

    public static Resident register(
            RegistrationForm form, Predicate<String> regionExists, LocalDate today, Instant at, String by) {
        DocumentType type = DocumentType.ofCode(require(form.documentType(), "documentType"));
        String number = type.normalise(require(form.documentNumber(), "documentNumber"));
        Sex sex = Sex.ofCode(form.sex());
        if (type.carriesGbIdNumber()) {
            GbIdNumber id = new GbIdNumber(number);
            if (!regionExists.test(id.regionCode().substring(0, 2) + "0000"))
                throw new InvalidInput("documentNumber", "region prefix is not a province of GB/T 2260");
            if (!id.birthDate().equals(form.birthDate()))
                throw new InvalidInput("birthDate", "does not agree with the ID number");
            if (id.sex() != sex) throw new InvalidInput("sex", "does not agree with the ID number");
        }
        if (form.birthDate().isAfter(today)) throw new InvalidInput("birthDate", "must not be in the future");
        if (form.birthDate().isBefore(today.minusYears(150)))
            throw new InvalidInput("birthDate", "is more than 150 years ago");
        if (type == DocumentType.BIRTH_CERTIFICATE && form.birthDate().isBefore(today.minusYears(18)))
            throw new InvalidInput("documentType", "a birth certificate identifies minors only");
        return new Resident(
                MasterIndex.random(),
                type,
                number,
                new PersonName(form.name()),
                sex,
                new Nationality(form.nationality()),
                form.birthDate(),
                new MobilePhone(require(form.phone(), "phone")),
                address(require(form.address(), "address")),
                region(form.homeRegion(), regionExists),
                false,
                at,
                by);
    }

    /** 临时人员: someone at a counter without documents; name, sex and an approximate birth date only. */
    public static Resident temporary(
            String name,
            String sex,
            LocalDate birthDate,
            @Nullable String phone,
            String homeRegion,
            Predicate<String> regionExists,
            LocalDate today,
            Instant at,
            String by) {
        if (birthDate.isAfter(today)) throw new InvalidInput("birthDate", "must not be in the future");
        return new Resident(
                MasterIndex.random(),
                null,
                null,
                new PersonName(name),
                Sex.ofCode(sex),
                new Nationality("99"),
                birthDate,
                phone == null || phone.isBlank() ? null : new MobilePhone(phone),
                null,
                region(homeRegion, regionExists),
                true,
                at,
                by);
    }

    /** Whether an existing record plausibly is the same person as a repeated registration (name and birth date). */
    public boolean samePersonAs(Resident other) {
        return name.value().equals(other.name.value()) && birthDate.equals(other.birthDate);
    }

    public int ageOn(LocalDate day) {
        return java.time.Period.between(birthDate, day).getYears();
    }

    private static String region(String code, Predicate<String> regionExists) {
        if (code == null || code.isBlank()) throw InvalidInput.missing("homeRegion");
        if (!code.matches("[0-9]{6}")) throw new InvalidInput("homeRegion", "must be six digits (GB/T 2260)");
        if (!regionExists.test(code)) throw new InvalidInput("homeRegion", "is not a region of GB/T 2260");
        return code;
    }

    private static String address(String raw) {
        String a = raw.strip();
        if (a.isEmpty()) throw InvalidInput.missing("address");
        if (a.codePointCount(0, a.length()) > 200) throw new InvalidInput("address", "must be at most 200 characters");
        if (a.codePoints().anyMatch(Character::isISOControl))
            throw new InvalidInput("address", "must not contain control characters");
        return a;
    }

    private static String require(@Nullable String v, String field) {
        if (v == null || v.isBlank()) throw InvalidInput.missing(field);
        return v;
    }

    @Override
    public String toString() {
        return "Resident[" + masterIndex + "]";
    }
}
