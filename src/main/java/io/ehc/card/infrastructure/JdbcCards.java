package io.ehc.card.infrastructure;

import io.ehc.card.CardKind;
import io.ehc.card.CardStatus;
import io.ehc.card.EhcId;
import io.ehc.card.domain.Card;
import io.ehc.card.domain.Cards;
import io.ehc.shared.jdbc.CopyRows;
import io.ehc.shared.jdbc.Increments;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCards implements Cards {
    private static final String COPY_CARDS = "COPY card (ehc_id, master_index, kind, status, generation, home_region,"
            + " issuer_code, issue_channel, issue_institution, issued_at, updated_at, merged_into, version) FROM STDIN";
    private static final String COPY_EVENTS =
            "COPY card_event (ehc_id, type, from_status, to_status, generation, actor," + " reason, at) FROM STDIN";

    private final JdbcTemplate jdbc;
    private final CardRollup rollup;

    JdbcCards(JdbcTemplate jdbc, CardRollup rollup) {
        this.jdbc = jdbc;
        this.rollup = rollup;
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
            Increments inc = new Increments();
            rollup.issued(inc, c, c.status(), c.issuedAt());
            inc.applyTo(jdbc);
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
    public List<Card> pendingReview(String institutionCode, int limit) {
        return jdbc.query(
                "select * from card where status = 'PENDING_REVIEW' and issue_institution = ? order by issued_at limit ?",
                JdbcCards::map,
                institutionCode,
                limit);
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
        if (n == 1) {
            record(c.ehcId(), t);
            Increments inc = new Increments();
            rollup.changed(inc, c, t.from(), t.to(), t.at());
            inc.applyTo(jdbc);
        }
        return n == 1;
    }

    @Override
    public java.util.Set<String> holdingCards(java.util.Collection<String> masterIndexes) {
        return new java.util.HashSet<>(
                jdbc.queryForList("select master_index from card where master_index = any(?)", String.class, (Object)
                        masterIndexes.toArray(String[]::new)));
    }

    @Override
    public void addAll(List<Issuance> issuances) {
        List<Object[]> cards = new java.util.ArrayList<>(issuances.size());
        List<Object[]> events = new java.util.ArrayList<>(issuances.size() * 2);
        Increments inc = new Increments();
        for (Issuance i : issuances) {
            Card c = i.card();
            Card.Transition last = i.history().get(i.history().size() - 1);
            cards.add(new Object[] {
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
                Timestamp.from(last.at()),
                null,
                i.history().size() - 1
            });
            for (Card.Transition t : i.history()) {
                events.add(new Object[] {
                    c.ehcId().value(),
                    t.type(),
                    t.from() == null ? null : t.from().name(),
                    t.to().name(),
                    t.generation(),
                    t.actor(),
                    t.reason(),
                    Timestamp.from(t.at())
                });
                if (t.type().equals("ISSUED")) rollup.issued(inc, c, t.to(), t.at());
                else rollup.changed(inc, c, t.from(), t.to(), t.at());
            }
        }
        CopyRows.copy(jdbc, COPY_CARDS, cards);
        CopyRows.copy(jdbc, COPY_EVENTS, events);
        inc.applyTo(jdbc);
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
