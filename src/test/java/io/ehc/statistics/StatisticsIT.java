package io.ehc.statistics;

import static io.ehc.support.Residents.aResident;
import static org.assertj.core.api.Assertions.assertThat;

import io.ehc.card.CardStatistics;
import io.ehc.card.CardStatus;
import io.ehc.card.application.IssueCardsInBulk;
import io.ehc.identity.MasterIndex;
import io.ehc.shared.Node;
import io.ehc.support.Api;
import io.ehc.support.PlatformIT;
import io.ehc.support.Recounts;
import io.ehc.support.Region;
import io.ehc.usage.CardUseStatistics;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The statistics figures end to end: uses written through the real terminal API (verifications and reported uses,
 * some reported late for an earlier month), cards issued and changed through the card API, codes displayed; every
 * rollup equals a full recount of the raw records, and every figure of the API equals a recount over the raw tables.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsIT extends PlatformIT {
    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Node node;

    @Autowired
    CardUseStatistics useStatistics;

    @Autowired
    CardStatistics cardStatistics;

    @Autowired
    IssueCardsInBulk bulk;

    Api api;
    LocalDate today;
    Region.Hospital changshaTertiary;
    Region.Hospital liuyangSecondary;
    Region.Hospital youxianPrimary;
    Region.Hospital xiangxiangKiosk;
    final List<String> changshaCards = new ArrayList<>();
    final List<String> zhuzhouCards = new ArrayList<>();
    int displaysOfChangshaCounty;

    @BeforeAll
    void writeUsesThroughTheTerminalApi() {
        api = new Api(port);
        today = LocalDate.now(node.zone());
        changshaTertiary = Region.aHospital(api, "430124", 3, "0100");
        liuyangSecondary = Region.aHospital(api, "430181", 2, "0300");
        youxianPrimary = Region.aHospital(api, "430224", 1, "0402");
        xiangxiangKiosk = Region.aHospital(api, "430381", 2, "0200");
        Region.aHospital(api, "430124", 3, "0100"); // a tertiary hospital without uses: adoption below 100 %
        for (int i = 0; i < 3; i++) changshaCards.add(aCard("430124", i % 2 == 0 ? "0402" : "0100"));
        for (int i = 0; i < 2; i++) zhuzhouCards.add(aCard("430224", "0401"));

        // Scans: dynamic and static codes (each generated code is a display).
        verify(changshaTertiary, dynamicCode(changshaCards.get(0)), "010101", "0101011");
        verify(changshaTertiary, staticCode(changshaCards.get(1)), "010105", "0101052");
        verify(changshaTertiary, dynamicCode(changshaCards.get(2)), "010102", null);
        verify(liuyangSecondary, staticCode(changshaCards.get(0)), "010105", null);
        verify(liuyangSecondary, dynamicCode(zhuzhouCards.get(0)), "010103", null); // cross-region
        verify(youxianPrimary, staticCode(zhuzhouCards.get(1)), "010104", "0101081");
        verify(xiangxiangKiosk, staticCode(changshaCards.get(1)), "010104", null); // cross-region
        displaysOfChangshaCounty = 5;

        // Reported uses: now, ten days ago, and late records of an earlier month (45 and 50 days ago).
        Instant now = Instant.now();
        report(changshaTertiary, changshaCards.get(0), now.minus(2, ChronoUnit.HOURS), "010101", "0101014", null);
        report(youxianPrimary, zhuzhouCards.get(0), now.minus(10, ChronoUnit.DAYS), "010105", null, "0402");
        report(changshaTertiary, changshaCards.get(1), now.minus(45, ChronoUnit.DAYS), "010101", "0101011", null);
        report(liuyangSecondary, zhuzhouCards.get(1), now.minus(50, ChronoUnit.DAYS), "010106", null, null);

        // Two cards issued 100 days ago through the bulk path, one of them lost 50 days ago.
        Instant now2 = Instant.now();
        List<IssueCardsInBulk.Request> backdated = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Api.Response r = api.admin("POST", "/api/v1/residents", aResident("430124", i == 0));
            backdated.add(new IssueCardsInBulk.Request(
                    new MasterIndex(r.json().path("masterIndex").asString()),
                    "0402",
                    null,
                    now2.minus(100, ChronoUnit.DAYS),
                    i == 0 ? CardStatus.LOST : null,
                    i == 0 ? now2.minus(50, ChronoUnit.DAYS) : null));
        }
        assertThat(bulk.issue(backdated, "test")).hasSize(2);

        // A card reported lost and one cancelled: the active figure changes, the issued one does not.
        assertThat(api.admin("POST", "/api/v1/cards/" + zhuzhouCards.get(1) + "/report-loss", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(api.admin("POST", "/api/v1/cards/" + changshaCards.get(2) + "/cancel", Map.of("reason", "test"))
                        .status())
                .isEqualTo(200);
    }

    String aCard(String county, String channel) {
        Api.Response r = api.admin("POST", "/api/v1/residents", aResident(county, Math.random() < 0.5));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        Map<String, Object> body = new HashMap<>();
        body.put("masterIndex", r.json().path("masterIndex").asString());
        body.put("channel", channel);
        if (channel.equals("0100")) body.put("institutionCode", changshaTertiary.code());
        Api.Response card = api.admin("POST", "/api/v1/cards", body);
        assertThat(card.status()).as(card.text()).isEqualTo(201);
        return card.json().path("ehcId").asString();
    }

    String dynamicCode(String ehcId) {
        return api.admin("GET", "/api/v1/cards/" + ehcId + "/codes/dynamic", null)
                .json()
                .path("text")
                .asString();
    }

    String staticCode(String ehcId) {
        return api.admin("GET", "/api/v1/cards/" + ehcId + "/codes/static", null)
                .json()
                .path("text")
                .asString();
    }

    void verify(Region.Hospital h, String code, String careStep, String scene) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "careStep", careStep));
        if (scene != null) body.put("scene", scene);
        Api.Response r = h.counter().post("/api/terminal/v1/verify", body);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
    }

    void report(Region.Hospital h, String ehcId, Instant usedAt, String careStep, String scene, String channel) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "clientRecordId",
                "stat-" + UUID.randomUUID(),
                "ehcId",
                ehcId,
                "usedAt",
                usedAt.toString(),
                "careStep",
                careStep));
        if (scene != null) body.put("scene", scene);
        if (channel != null) body.put("channel", channel);
        Api.Response r = h.counter().post("/api/terminal/v1/usage", body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
    }

    JsonNode figure(String path) {
        Api.Response r = api.admin("GET", "/api/v1/statistics" + path, null);
        assertThat(r.status()).as(path + " " + r.text()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        return r.json();
    }

    /** key (or period|key) → value of a column, from a figure's rows. */
    static Map<String, Long> column(JsonNode figure, String column, boolean withPeriod) {
        Map<String, Long> out = new TreeMap<>();
        for (JsonNode row : figure.path("rows")) {
            String k = row.path("key").asString();
            if (withPeriod) k = row.path("period").asString() + "|" + k;
            out.merge(k, row.path(column).asLong(), Long::sum);
        }
        return out;
    }

    /** Institutions with nothing to count, and cards issued without an institution (key ""), left out. */
    static Map<String, Long> withoutZerosAndNoInstitution(Map<String, Long> column) {
        Map<String, Long> out = new TreeMap<>(column);
        out.values().removeIf(n -> n == 0);
        out.remove("");
        return out;
    }

    Map<String, Long> recount(String sql, Object... args) {
        Map<String, Long> out = new TreeMap<>();
        jdbc.query(
                sql,
                rs -> {
                    out.put(rs.getString(1), rs.getLong(2));
                },
                args);
        return out;
    }

    Timestamp startOf(LocalDate d) {
        return Timestamp.from(d.atStartOfDay(node.zone()).toInstant());
    }

    // ---- rollups equal a full recount of the raw records ----------------------------------------------------------

    @Test
    void everyCardUseRollupEqualsAFullRecountOfTheUseRecords() {
        Recounts.foldDeltas(jdbc);
        assertThat(count("card_use_rollup")).isPositive();
        Recounts.assertUseRollupsEqualTheRecords(jdbc);
    }

    @Test
    void theLateReportsCountInTheMonthOfTheirUse() {
        LocalDate lateDay = LocalDate.ofInstant(Instant.now().minus(45, ChronoUnit.DAYS), node.zone());
        JsonNode f = figure("/uses?groupBy=careStep&granularity=month&region=430124&from=" + lateDay.withDayOfMonth(1)
                + "&to=" + lateDay.withDayOfMonth(lateDay.lengthOfMonth()));
        assertThat(column(f, "uses", true))
                .containsEntry(lateDay.toString().substring(0, 7) + "|010101", 1L)
                .hasSize(1);
        JsonNode day =
                figure("/uses?groupBy=careStep&granularity=day&region=430124&from=" + lateDay + "&to=" + lateDay);
        assertThat(column(day, "uses", true)).containsEntry(lateDay + "|010101", 1L);
        assertThat(jdbc.queryForObject(
                        "select count(*) from card_use where use_region = '430124' and source = 'REPORT'"
                                + " and used_at < now() - interval '40 days' and recorded_at > now() - interval '1 day'",
                        Long.class))
                .as("the use was reported today for the earlier month")
                .isEqualTo(1);
    }

    @Test
    void cardRollupEqualsARecountOfTheCards() {
        Recounts.assertCardRollupEqualsTheCards(jdbc);
    }

    @Test
    void rebuildingFromTheRecordsGivesTheSameRollups() {
        String uses = "select grain, dim, level, bucket, use_region, grade, value, uses from card_use_rollup";
        String cards = "select grain, dim, level, bucket, home_region, status, value, issued, net from card_rollup"
                + " where issued <> 0 or net <> 0";
        // Temporary tables live per connection: snapshot, rebuild and compare within one connection.
        jdbc.execute((java.sql.Connection c) -> {
            try (var s = c.createStatement()) {
                s.execute("select fold_card_use_rollup_deltas('Asia/Shanghai')");
                s.execute("create temporary table ub as " + uses);
                s.execute("create temporary table cb as " + cards);
                s.execute("select rebuild_card_use_rollups('Asia/Shanghai')");
                s.execute("select rebuild_card_rollups('Asia/Shanghai')");
                assertThat(scalar(s, "select count(*) from (select * from ub except all " + uses + ") x"))
                        .isZero();
                assertThat(scalar(s, "select count(*) from (" + uses + " except all select * from ub) x"))
                        .isZero();
                assertThat(scalar(s, "select count(*) from (select * from cb except all " + cards + ") x"))
                        .isZero();
                assertThat(scalar(s, "select count(*) from (" + cards + " except all select * from cb) x"))
                        .isZero();
                s.execute("drop table ub, cb");
            }
            return null;
        });
    }

    static long scalar(java.sql.Statement s, String sql) throws java.sql.SQLException {
        try (var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    long count(String relation) {
        return jdbc.queryForObject("select count(*) from " + relation + " x", Long.class);
    }

    // ---- every figure equals a recount over the raw tables --------------------------------------------------------

    @Test
    void usesByEveryDimensionEqualTheRecordsOfTheRegionAndPeriod() {
        LocalDate from = today.minusDays(60);
        Object[] args = {"43%", startOf(from), startOf(today.plusDays(1))};
        String where = " from card_use where use_region like ? and used_at >= ? and used_at < ? group by 1";
        assertThat(column(figure("/uses?groupBy=careStep&region=430000&from=" + from + "&to=" + today), "uses", false))
                .isEqualTo(recount("select care_step, count(*)" + where, args));
        assertThat(column(figure("/uses?groupBy=scene&region=430000&from=" + from + "&to=" + today), "uses", false))
                .isEqualTo(recount("select coalesce(scene, ''), count(*)" + where, args));
        assertThat(column(figure("/uses?groupBy=channel&region=430000&from=" + from + "&to=" + today), "uses", false))
                .isEqualTo(recount("select channel, count(*)" + where, args));
        assertThat(column(
                        figure("/uses?groupBy=institution&region=430000&from=" + from + "&to=" + today), "uses", false))
                .isEqualTo(recount("select institution_code, count(*)" + where, args));
        assertThat(column(figure("/uses?groupBy=city&region=430000&from=" + from + "&to=" + today), "uses", false))
                .isEqualTo(recount("select use_city, count(*)" + where, args));
        assertThat(column(figure("/uses?groupBy=county&region=430000&from=" + from + "&to=" + today), "uses", false))
                .isEqualTo(recount("select use_region, count(*)" + where, args));
        assertThat(column(figure("/uses?groupBy=homeCity&region=430000&from=" + from + "&to=" + today), "uses", false))
                .isEqualTo(recount("select left(home_region, 4) || '00', count(*)" + where, args));
        assertThat(column(
                        figure("/uses?groupBy=crossRegion&region=430000&from=" + from + "&to=" + today), "uses", false))
                .isEqualTo(
                        recount("select case when cross_region then 'cross' else 'local' end, count(*)" + where, args));
        JsonNode total = figure("/uses?region=430000&from=" + from + "&to=" + today);
        assertThat(total.path("total").asLong())
                .isEqualTo(jdbc.queryForObject(
                        "select count(*) from card_use where use_region like ? and used_at >= ? and used_at < ?",
                        Long.class,
                        args));
    }

    @Test
    void regionGradeAndGranularityFilterTheFigures() {
        LocalDate from = today.minusDays(70);
        Object[] city = {"4302%", startOf(from), startOf(today.plusDays(1))};
        String perDay = "select to_char(used_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') || '|' || care_step,"
                + " count(*) from card_use where use_region like ? and used_at >= ? and used_at < ? group by 1";
        assertThat(column(
                        figure("/uses?groupBy=careStep&granularity=day&region=430200&from=" + from + "&to=" + today),
                        "uses",
                        true))
                .isEqualTo(recount(perDay, city))
                .isNotEmpty();
        Object[] county = {"430124", startOf(from), startOf(today.plusDays(1))};
        String perMonth = "select to_char(used_at at time zone 'Asia/Shanghai', 'YYYY-MM') || '|' || channel,"
                + " count(*) from card_use where use_region like ? and used_at >= ? and used_at < ? group by 1";
        assertThat(column(
                        figure("/uses?groupBy=channel&granularity=month&region=430124&from=" + from + "&to=" + today),
                        "uses",
                        true))
                .isEqualTo(recount(perMonth, county));
        String perHour = "select to_char(used_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD\"T\"HH24:00') || '|total',"
                + " count(*) from card_use where use_region like ? and used_at >= ? and used_at < ? group by 1";
        assertThat(column(
                        figure("/uses?granularity=hour&region=430000&from=" + today.minusDays(1) + "&to=" + today),
                        "uses",
                        true))
                .isEqualTo(recount(perHour, "43%", startOf(today.minusDays(1)), startOf(today.plusDays(1))));
        String byGrade = "select institution_code, count(*) from card_use where use_region like ? and used_at >= ?"
                + " and used_at < ? and institution_grade = 3 group by 1";
        assertThat(column(
                        figure("/uses?groupBy=institution&grade=3&region=430000&from=" + from + "&to=" + today),
                        "uses",
                        false))
                .isEqualTo(recount(byGrade, "43%", startOf(from), startOf(today.plusDays(1))))
                .containsKey(changshaTertiary.code())
                .doesNotContainKey(liuyangSecondary.code());
    }

    @Test
    void cardFiguresEqualTheCards() {
        LocalDate from = today.minusDays(7);
        JsonNode f = figure("/cards?groupBy=county&region=430000&from=" + from + "&to=" + today);
        assertThat(column(f, "issued", false))
                .isEqualTo(recount(
                        "select home_region, count(*) from card where home_region like '43%' and issued_at >= ?"
                                + " group by 1",
                        startOf(from)));
        assertThat(column(f, "active", false))
                .isEqualTo(recount(
                        "select home_region, count(*) from card where home_region like '43%' and status = 'ACTIVE'"
                                + " group by 1"));
        // A daily series: active at the end of each day; cards changed today are active until today.
        JsonNode days = figure("/cards?groupBy=channel&granularity=day&region=430224&from=" + from + "&to=" + today);
        Map<String, Long> active = column(days, "active", true);
        assertThat(active).containsEntry(today + "|0401", 1L); // one of the two was reported lost today
        assertThat(column(days, "issued", true)).containsEntry(today + "|0401", 2L);
        // A period ending in the past: issued within it, active at its end, both recounted from the cards' history.
        LocalDate end = today.minusDays(1);
        JsonNode past = figure("/cards?groupBy=city&region=430000&from=" + today.minusDays(400) + "&to=" + end);
        assertThat(column(past, "issued", false))
                .isEqualTo(recount(
                        "select left(home_region, 4) || '00', count(*) from card where home_region like '43%'"
                                + " and issued_at >= ? and issued_at < ? group by 1",
                        startOf(today.minusDays(400)), startOf(today)));
        assertThat(column(past, "active", false)).isEqualTo(recount("""
                        select left(c.home_region, 4) || '00', count(*) from card c
                        join lateral (select to_status from card_event e where e.ehc_id = c.ehc_id and e.at < ?
                                      order by e.at desc, e.id desc limit 1) last on true
                        where last.to_status = 'ACTIVE' and c.home_region like '43%' group by 1
                        """, startOf(today)));
        JsonNode byInstitution =
                figure("/cards?groupBy=institution&grade=3&region=430124&from=" + from + "&to=" + today);
        assertThat(column(byInstitution, "issued", false)).containsOnlyKeys(changshaTertiary.code());
        // Province- and city-wide by institution: read from the province's and city's rows, equal to the cards.
        for (String region : new String[] {"430000", "430100"}) {
            JsonNode wide = figure("/cards?groupBy=institution&region=" + region + "&from=" + from + "&to=" + today);
            String like = region.substring(0, region.equals("430000") ? 2 : 4) + "%";
            assertThat(withoutZerosAndNoInstitution(column(wide, "issued", false)))
                    .isNotEmpty()
                    .isEqualTo(recount(
                            "select issue_institution, count(*) from card where home_region like ?"
                                    + " and issue_institution is not null and issued_at >= ? group by 1",
                            like,
                            startOf(from)));
            assertThat(withoutZerosAndNoInstitution(column(wide, "active", false)))
                    .isEqualTo(recount(
                            "select issue_institution, count(*) from card where home_region like ?"
                                    + " and issue_institution is not null and status = 'ACTIVE' group by 1",
                            like));
        }
    }

    @Test
    void coverageIsActiveCardsOverThePopulation() {
        JsonNode f = figure("/coverage?region=430000&to=" + today);
        Map<String, JsonNode> rows = new HashMap<>();
        for (JsonNode r : f.path("rows")) rows.put(r.path("region").asString(), r);
        assertThat(rows).containsKeys("430000", "430100", "430200", "430300");
        long active = jdbc.queryForObject(
                "select count(*) from card where home_region like '4301%' and status = 'ACTIVE'", Long.class);
        JsonNode changsha = rows.get("430100");
        assertThat(changsha.path("activeCards").asLong()).isEqualTo(active);
        assertThat(changsha.path("population").asLong()).isEqualTo(10047914L);
        assertThat(changsha.path("coverage").asDouble())
                .isEqualTo(Math.round(10_000.0 * active / 10047914L) / 10_000.0);
        assertThat(changsha.path("name").asString()).isEqualTo("长沙市");
    }

    @Test
    void codeDisplaysCountEveryCodeGenerated() {
        JsonNode before = figure("/code-displays?groupBy=type&region=430124&from=" + today + "&to=" + today);
        String ehcId = changshaCards.get(0);
        dynamicCode(ehcId);
        dynamicCode(ehcId);
        staticCode(ehcId);
        JsonNode after = figure("/code-displays?groupBy=type&region=430124&from=" + today + "&to=" + today);
        Map<String, Long> b = column(before, "displays", false);
        Map<String, Long> a = column(after, "displays", false);
        assertThat(a.get("0") - b.getOrDefault("0", 0L)).isEqualTo(2);
        assertThat(a.get("1") - b.getOrDefault("1", 0L)).isEqualTo(1);
        assertThat(b.values().stream().mapToLong(Long::longValue).sum())
                .isGreaterThanOrEqualTo(displaysOfChangshaCounty);
        JsonNode hourly = figure("/code-displays?granularity=hour&region=430124&from=" + today + "&to=" + today);
        assertThat(column(hourly, "displays", false).values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(a.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void institutionAdoptionIsTheShareOfEachGradeWithUses() {
        LocalDate from = today.minusDays(30);
        JsonNode f = figure("/adoption/institutions?region=430124&from=" + from + "&to=" + today);
        Map<Integer, JsonNode> byGrade = new HashMap<>();
        for (JsonNode r : f.path("rows")) byGrade.put(r.path("grade").asInt(), r);
        long institutions = jdbc.queryForObject(
                "select count(*) from institution where region like '430124%' and grade = 3", Long.class);
        long adopting = jdbc.queryForObject(
                "select count(distinct institution_code) from card_use where use_region like '430124%'"
                        + " and institution_grade = 3 and used_at >= ?",
                Long.class, startOf(from));
        assertThat(byGrade.get(3).path("institutions").asLong()).isEqualTo(institutions);
        assertThat(byGrade.get(3).path("adopting").asLong()).isEqualTo(adopting).isLessThan(institutions);
        assertThat(byGrade.get(3).path("share").asDouble())
                .isEqualTo(Math.round(10_000.0 * adopting / institutions) / 10_000.0);
        assertThat(figure("/adoption/institutions?grade=2&region=430000").path("rows"))
                .hasSize(1);
    }

    @Test
    void serviceAdoptionFollowsTheMappingTable() {
        LocalDate from = today.minusDays(60);
        JsonNode f = figure("/adoption/services?region=430000&from=" + from + "&to=" + today);
        assertThat(f.path("rows")).hasSize(8);
        Map<String, Set<String>> expected = new HashMap<>();
        jdbc.query(
                """
                select distinct r.service, u.use_city from card_use u
                join statistics_service_rule r
                  on (r.care_step is null or r.care_step = u.care_step)
                 and (r.scene is null or r.scene = u.scene)
                 and (r.channels is null or position(u.channel in r.channels) > 0)
                where u.use_city like '43%' and u.used_at >= ?
                """,
                rs -> {
                    expected.computeIfAbsent(rs.getString(1), k -> new HashSet<>())
                            .add(rs.getString(2));
                },
                startOf(from));
        for (JsonNode row : f.path("rows")) {
            String service = row.path("service").asString();
            Set<String> inUse = row.path("inUse").asString().isEmpty()
                    ? Set.of()
                    : Set.of(row.path("inUse").asString().split(";"));
            assertThat(inUse).as(service).isEqualTo(expected.getOrDefault(service, Set.of()));
            assertThat(row.path("cities").asInt()).isEqualTo(14);
        }
        assertThat(expected.get("appointment")).contains("430100");
        assertThat(expected.get("point_of_care_settlement")).contains("430100");
        assertThat(expected.get("report_inquiry")).contains("430200");
        JsonNode city = figure("/adoption/services?region=430200&from=" + from + "&to=" + today);
        for (JsonNode row : city.path("rows"))
            assertThat(row.path("cities").asInt()).isEqualTo(1);
    }

    @Test
    void summaryAndServicesCatalogueAnswer() {
        JsonNode s = figure("/summary?region=430000");
        JsonNode row = s.path("rows").get(0);
        assertThat(row.path("population").asLong()).isEqualTo(66444864L);
        assertThat(row.path("uses").asLong()).isPositive();
        assertThat(row.path("activeCards").asLong())
                .isEqualTo(jdbc.queryForObject(
                        "select count(*) from card where home_region like '43%' and status = 'ACTIVE'", Long.class));
        assertThat(figure("/services").path("rows")).hasSizeGreaterThanOrEqualTo(9);
    }

    // ---- CSV ---------------------------------------------------------------------------------------------------

    @Test
    void everyFigureIsAlsoCsvWithAByteOrderMarkForExcel() {
        String q = "/api/v1/statistics/uses?groupBy=city&region=430000&from=" + today.minusDays(60) + "&to=" + today;
        Api.Response json = api.admin("GET", q, null);
        Api.Response csv = api.admin("GET", q + "&format=csv", null);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        byte[] b = csv.body();
        assertThat(new byte[] {b[0], b[1], b[2]}).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        String[] lines = new String(b, 3, b.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("period,key,name,uses");
        assertThat(lines).hasSize(json.json().path("rows").size() + 1);
        assertThat(String.join("\n", lines)).contains(",430100,长沙市,");
        Api.Response accept = api.send(
                "GET",
                q,
                Map.of(
                        "Authorization",
                        "Basic "
                                + java.util.Base64.getEncoder()
                                        .encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8)),
                        "Accept",
                        "text/csv"),
                new byte[0]);
        assertThat(accept.contentType()).startsWith("text/csv");
        assertThat(accept.body()).isEqualTo(b);
        for (String path : new String[] {
            "/summary",
            "/cards",
            "/coverage",
            "/code-displays",
            "/adoption/institutions",
            "/adoption/services",
            "/services"
        }) {
            Api.Response r = api.admin("GET", "/api/v1/statistics" + path + "?format=csv", null);
            assertThat(r.status()).as(path + " " + r.text()).isEqualTo(200);
            assertThat(r.text()).as(path).startsWith("\uFEFF");
        }
    }

    // ---- bad input and access ---------------------------------------------------------------------------------

    @Test
    void refusesBadInputWithProblemDetails() {
        String[][] bad = {
            {"/uses?region=999999", "1002"},
            {"/uses?region=43", "1002"},
            {"/uses?from=2026-02-30", "1002"},
            {"/uses?from=" + today + "&to=" + today.minusDays(1), "1002"},
            {"/uses?groupBy=weather", "1002"},
            {"/uses?granularity=week", "1002"},
            {"/uses?granularity=hour&from=" + today.minusDays(60) + "&to=" + today.minusDays(59), "1002"},
            {"/uses?granularity=day&from=" + today.minusYears(2) + "&to=" + today, "1002"},
            {"/uses?grade=7", "1002"},
            {"/uses?groupBy=institution&granularity=hour&from=" + today + "&to=" + today, "1002"},
            {"/uses?grade=high", "1002"},
            {"/uses?format=xml", "1002"},
            {"/coverage?grade=3", "1002"},
            {"/code-displays?grade=3", "1002"},
            {"/adoption/services?region=430124", "1002"},
        };
        for (String[] b : bad) {
            Api.Response r = api.admin("GET", "/api/v1/statistics" + b[0], null);
            assertThat(r.status()).as(b[0] + " " + r.text()).isEqualTo(400);
            assertThat(r.isProblem()).as(b[0]).isTrue();
            assertThat(r.code()).as(b[0] + " " + r.text()).isEqualTo(b[1]);
            assertThat(r.text()).doesNotContain("Exception").doesNotContain("select");
        }
    }

    @Test
    void onlyAdministratorsReadTheFigures() {
        Api.Response terminal = changshaTertiary.counter().call("GET", "/api/v1/statistics/uses", null);
        assertThat(terminal.status()).isEqualTo(403);
        assertThat(terminal.code()).isEqualTo("1006");
        Api.Response anonymous = api.anonymous("GET", "/api/v1/statistics/uses", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.code()).isEqualTo("1005");
    }

    @Test
    void theModuleApisAnswerWithoutTheWeb() {
        var q = new io.ehc.shared.rollup.RollupQuery(
                new io.ehc.shared.rollup.Span(today.minusDays(60), today),
                io.ehc.shared.rollup.Granularity.TOTAL,
                "43",
                null);
        long uses = useStatistics.byDimension(CardUseStatistics.Dimension.CHANNEL, q).stream()
                .mapToLong(CardUseStatistics.Count::uses)
                .sum();
        assertThat(uses).isPositive();
        assertThat(cardStatistics.totals(CardStatistics.Dimension.ALL, today, "43"))
                .singleElement()
                .satisfies(x -> assertThat(x.issued()).isGreaterThanOrEqualTo(x.active()));
    }
}
