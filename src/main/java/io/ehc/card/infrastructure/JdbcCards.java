package io.ehc.card.infrastructure;

import io.ehc.card.CardKind;
import io.ehc.card.CardStatus;
import io.ehc.card.EhcId;
import io.ehc.card.domain.Card;
import io.ehc.card.domain.Cards;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCards implements Cards {
    private final JdbcTemplate jdbc;

    JdbcCards(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Card addIfAbsent(Card c, Card.Transition issued) {
        int n = jdbc.update(
                """
                insert into card (ehc_id, master_index, kind, status, generation, home_region, issuer_code,
                    issue_channel, issue_institution, issued_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing
                """,
                c.ehcId().value(),
                c.masterIndex(),
                c.kind().name(),
                c.status().name(),
                c.generation(),
                c.homeRegion(),
                c.issuerCode(),
                c.issueChannel(),
                c.issueInstitution(),
                Timestamp.from(c.issuedAt()),
                Timestamp.from(c.issuedAt()));
        if (n == 1) {
            record(c.ehcId(), issued);
            return c;
        }
        return findByMasterIndex(c.masterIndex()).orElseThrow();
    }

    @Override
    public Optional<Card> find(EhcId ehcId) {
        return jdbc.query("select * from card where ehc_id = ?", JdbcCards::map, ehcId.value()).stream()
                .findFirst();
    }

    @Override
    public Optional<Card> findByMasterIndex(String masterIndex) {
        return jdbc.query("select * from card where master_index = ?", JdbcCards::map, masterIndex).stream()
                .findFirst();
    }

    @Override
    public boolean save(Card c, Card.Transition t) {
        int n = jdbc.update(
                """
                update card set status = ?, generation = ?, merged_into = ?, updated_at = ?, version = version + 1
                where ehc_id = ? and version = ?
                """,
                c.status().name(),
                c.generation(),
                c.mergedInto() == null ? null : c.mergedInto().value(),
                Timestamp.from(t.at()),
                c.ehcId().value(),
                c.version());
        if (n == 1) record(c.ehcId(), t);
        return n == 1;
    }

    @Override
    public void record(EhcId ehcId, Card.Transition t) {
        jdbc.update(
                """
                insert into card_event (ehc_id, type, from_status, to_status, generation, actor, reason, at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """,
                ehcId.value(),
                t.type(),
                t.from() == null ? null : t.from().name(),
                t.to().name(),
                t.generation(),
                t.actor(),
                t.reason(),
                Timestamp.from(t.at()));
    }

    @Override
    public List<Card.Transition> history(EhcId ehcId) {
        return jdbc.query(
                "select * from card_event where ehc_id = ? order by id",
                (rs, i) -> new Card.Transition(
                        rs.getString("type"),
                        rs.getString("from_status") == null ? null : CardStatus.valueOf(rs.getString("from_status")),
                        CardStatus.valueOf(rs.getString("to_status")),
                        rs.getInt("generation"),
                        rs.getString("actor"),
                        rs.getString("reason"),
                        rs.getTimestamp("at").toInstant()),
                ehcId.value());
    }

    @Override
    public List<EhcId> mergedFrom(EhcId ehcId) {
        return jdbc.queryForList("select ehc_id from card where merged_into = ?", String.class, ehcId.value()).stream()
                .map(EhcId::new)
                .toList();
    }

    private static Card map(ResultSet rs, int row) throws SQLException {
        String merged = rs.getString("merged_into");
        return new Card(
                new EhcId(rs.getString("ehc_id")),
                rs.getString("master_index"),
                CardKind.valueOf(rs.getString("kind")),
                CardStatus.valueOf(rs.getString("status")),
                rs.getInt("generation"),
                rs.getString("home_region"),
                rs.getString("issuer_code"),
                rs.getString("issue_channel"),
                rs.getString("issue_institution"),
                rs.getTimestamp("issued_at").toInstant(),
                merged == null ? null : new EhcId(merged),
                rs.getInt("version"));
    }
}
