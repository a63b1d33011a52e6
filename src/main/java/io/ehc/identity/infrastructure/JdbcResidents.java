package io.ehc.identity.infrastructure;

import io.ehc.identity.MasterIndex;
import io.ehc.identity.domain.DocumentType;
import io.ehc.identity.domain.FamilyBinding;
import io.ehc.identity.domain.FamilyRelation;
import io.ehc.identity.domain.MobilePhone;
import io.ehc.identity.domain.Nationality;
import io.ehc.identity.domain.PersonName;
import io.ehc.identity.domain.Resident;
import io.ehc.identity.domain.Residents;
import io.ehc.identity.domain.Sex;
import io.ehc.shared.crypto.FieldCipher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The master index in PostgreSQL, sealing personal data with {@link FieldCipher}. */
@Repository
class JdbcResidents implements Residents {
    static final String DOC = "resident.doc";
    static final String NAME = "resident.name";
    static final String PHONE = "resident.phone";
    static final String ADDRESS = "resident.address";

    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;

    JdbcResidents(JdbcTemplate jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Blind index of a document: type and number, so equal numbers of different types stay apart. */
    static byte[] documentBlind(FieldCipher cipher, String type, String number) {
        return cipher.blindIndex(DOC, type + ":" + number);
    }

    @Override
    public MasterIndex addIfAbsent(Resident r) {
        String type = r.documentType() == null ? null : r.documentType().code();
        byte[] docBlind = type == null ? null : documentBlind(cipher, type, r.documentNumber());
        byte[] docSealed = type == null ? null : cipher.seal(DOC, r.documentNumber());
        List<String> inserted = jdbc.queryForList(
                """
                insert into resident (master_index, doc_type, doc_blind, doc_sealed, name_sealed, phone_sealed,
                    phone_blind, address_sealed, sex, nationality, birth_date, home_region, temporary,
                    registered_at, registered_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (doc_type, doc_blind) where doc_blind is not null do nothing
                returning master_index
                """,
                String.class,
                r.masterIndex().value(),
                type,
                docBlind,
                docSealed,
                cipher.seal(NAME, r.name().value()),
                r.phone() == null ? null : cipher.seal(PHONE, r.phone().value()),
                r.phone() == null ? null : cipher.blindIndex(PHONE, r.phone().value()),
                r.address() == null ? null : cipher.seal(ADDRESS, r.address()),
                r.sex().code(),
                r.nationality().code(),
                r.birthDate(),
                r.homeRegion(),
                r.temporary(),
                Timestamp.from(r.registeredAt()),
                r.registeredBy());
        if (!inserted.isEmpty()) return r.masterIndex();
        return new MasterIndex(jdbc.queryForObject(
                "select master_index from resident where doc_type = ? and doc_blind = ?",
                String.class,
                type,
                docBlind));
    }

    @Override
    public Optional<Resident> find(MasterIndex mi) {
        return jdbc.query("select * from resident where master_index = ?", this::map, mi.value()).stream()
                .findFirst();
    }

    @Override
    public List<Resident> findAll(java.util.Collection<MasterIndex> masterIndexes) {
        return jdbc.query("select * from resident where master_index = any(?)", this::map, (Object)
                masterIndexes.stream().map(MasterIndex::value).toArray(String[]::new));
    }

    @Override
    public Optional<MasterIndex> findByDocument(DocumentType type, String number) {
        return jdbc
                .queryForList(
                        "select master_index from resident where doc_type = ? and doc_blind = ?",
                        String.class,
                        type.code(),
                        documentBlind(cipher, type.code(), number))
                .stream()
                .findFirst()
                .map(MasterIndex::new);
    }

    @Override
    public List<MasterIndex> findByPhone(String phone) {
        return jdbc
                .queryForList(
                        "select master_index from resident where phone_blind = ? order by registered_at",
                        String.class,
                        cipher.blindIndex(PHONE, phone))
                .stream()
                .map(MasterIndex::new)
                .toList();
    }

    @Override
    public boolean changePhone(MasterIndex mi, MobilePhone phone) {
        return jdbc.update(
                        "update resident set phone_sealed = ?, phone_blind = ? where master_index = ?",
                        cipher.seal(PHONE, phone.value()),
                        cipher.blindIndex(PHONE, phone.value()),
                        mi.value())
                == 1;
    }

    @Override
    public boolean bind(FamilyBinding b, String by) {
        return jdbc.update(
                        """
                        insert into family_binding (owner_index, member_index, relation, bound_at, bound_by)
                        values (?, ?, ?, ?, ?)
                        on conflict (owner_index, member_index) where unbound_at is null do nothing
                        """,
                        b.owner().value(),
                        b.member().value(),
                        b.relation().code(),
                        Timestamp.from(b.boundAt()),
                        by)
                == 1;
    }

    @Override
    public boolean unbind(MasterIndex owner, MasterIndex member, String reason, String by) {
        return jdbc.update("""
                        update family_binding set unbound_at = now(), unbound_by = ?, unbind_reason = ?
                        where owner_index = ? and member_index = ? and unbound_at is null
                        """, by, reason, owner.value(), member.value()) == 1;
    }

    @Override
    public List<FamilyBinding> activeBindings(MasterIndex owner) {
        return jdbc.query(
                "select * from family_binding where owner_index = ? and unbound_at is null order by bound_at",
                (rs, i) -> new FamilyBinding(
                        new MasterIndex(rs.getString("owner_index")),
                        new MasterIndex(rs.getString("member_index")),
                        new FamilyRelation(rs.getString("relation")),
                        rs.getTimestamp("bound_at").toInstant()),
                owner.value());
    }

    private Resident map(ResultSet rs, int row) throws SQLException {
        String type = rs.getString("doc_type");
        byte[] phone = rs.getBytes("phone_sealed");
        byte[] address = rs.getBytes("address_sealed");
        return new Resident(
                new MasterIndex(rs.getString("master_index")),
                type == null ? null : DocumentType.ofCode(type),
                type == null ? null : cipher.open(DOC, rs.getBytes("doc_sealed")),
                new PersonName(cipher.open(NAME, rs.getBytes("name_sealed"))),
                Sex.ofCode(rs.getString("sex")),
                new Nationality(rs.getString("nationality")),
                rs.getObject("birth_date", java.time.LocalDate.class),
                phone == null ? null : new MobilePhone(cipher.open(PHONE, phone)),
                address == null ? null : cipher.open(ADDRESS, address),
                rs.getString("home_region"),
                rs.getBoolean("temporary"),
                rs.getTimestamp("registered_at").toInstant(),
                rs.getString("registered_by"));
    }
}
