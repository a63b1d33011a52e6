package io.ehc.statistics;

import static io.ehc.support.Residents.aResident;
import static org.assertj.core.api.Assertions.assertThat;

import io.ehc.support.Api;
import io.ehc.support.PlatformIT;
import io.ehc.support.Region;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The group commit leaves the rollup increments of its uses in card_use_rollup_delta; a read of the statistics folds
 * them first, so a use answered just before the read is in the figure, once.
 */
class RollupFoldIT extends PlatformIT {
    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aUseAnsweredJustBeforeAReadIsCountedOnceAndTheDeltasAreFolded() {
        Api api = new Api(port);
        Region.Hospital hospital = Region.aHospital(api, "430111", 2, "0100");
        Api.Response resident = api.admin("POST", "/api/v1/residents", aResident("430111", true));
        assertThat(resident.status()).as(resident.text()).isEqualTo(201);
        Api.Response card = api.admin(
                "POST",
                "/api/v1/cards",
                Map.of("masterIndex", resident.json().path("masterIndex").asString(), "channel", "0402"));
        assertThat(card.status()).as(card.text()).isEqualTo(201);
        String code = api.admin(
                        "GET", "/api/v1/cards/" + card.json().path("ehcId").asString() + "/codes/static", null)
                .json()
                .path("text")
                .asString();
        String today = jdbc.queryForObject("select (now() at time zone 'Asia/Shanghai')::date::text", String.class);
        String figure = "/api/v1/statistics/uses?groupBy=institution&granularity=day&region=430111&from=" + today
                + "&to=" + today;

        for (int i = 1; i <= 3; i++) {
            Api.Response verified =
                    hospital.counter().post("/api/terminal/v1/verify", Map.of("code", code, "careStep", "010101"));
            assertThat(verified.status()).as(verified.text()).isEqualTo(200);
            assertThat(uses(api, figure, hospital.code()))
                    .as("after %d uses", i)
                    .isEqualTo(i);
        }
        assertThat(jdbc.queryForObject("select count(*) from card_use_rollup_delta", Long.class))
                .as("the read folded every delta")
                .isZero();
        // folding again adds nothing
        assertThat(jdbc.queryForObject("select fold_card_use_rollup_deltas('Asia/Shanghai')", Long.class))
                .isZero();
        assertThat(uses(api, figure, hospital.code())).isEqualTo(3);

        // a rebuild recounts the records and drops the deltas it has counted: the next fold must not add them again
        assertThat(hospital.counter()
                        .post("/api/terminal/v1/verify", Map.of("code", code, "careStep", "010101"))
                        .status())
                .isEqualTo(200);
        jdbc.queryForList("select rebuild_card_use_rollups('Asia/Shanghai')");
        assertThat(jdbc.queryForObject("select count(*) from card_use_rollup_delta", Long.class))
                .isZero();
        assertThat(uses(api, figure, hospital.code())).as("after a rebuild").isEqualTo(4);
    }

    static long uses(Api api, String path, String institution) {
        Api.Response r = api.admin("GET", path, null);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        long n = 0;
        for (JsonNode row : r.json().path("rows"))
            if (row.path("key").asString().equals(institution))
                n += row.path("uses").asLong();
        return n;
    }
}
