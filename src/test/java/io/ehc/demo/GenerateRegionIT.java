package io.ehc.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.ehc.support.PlatformIT;
import io.ehc.support.Recounts;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The synthetic region at a small scale: consistent rollups, daily and weekly rhythms, synthetic personal data. */
class GenerateRegionIT extends PlatformIT {
    @Autowired
    RegionGenerator generator;

    @Autowired
    JdbcTemplate jdbc;

    long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @Test
    void fillsARegionWhoseRollupsEqualTheRecordsWithDailyAndWeeklyRhythms() {
        long usesBefore = count("select count(*) from card_use");
        long cardsBefore = count("select count(*) from card");
        RegionGenerator.Progress progress = new RegionGenerator.Progress();
        RegionGenerator.Summary s = generator.generate(new GeneratorSettings(400, 6000, 42, 2, 7), progress);

        assertThat(s.residents()).isEqualTo(400);
        assertThat(s.cards()).isEqualTo(400);
        assertThat(count("select count(*) from card") - cardsBefore).isEqualTo(400);
        assertThat(s.uses()).isEqualTo(count("select count(*) from card_use") - usesBefore);
        assertThat(s.uses()).as("nearly every planned use finds a usable card").isGreaterThan(5700);
        assertThat(s.displays()).isGreaterThan(s.uses());

        Recounts.assertUseRollupsEqualTheRecords(jdbc);
        Recounts.assertCardRollupEqualsTheCards(jdbc);

        String generated = " from card_use where institution_code like '______G%'";
        double weekday = jdbc.queryForObject(
                "select count(*)::float / count(distinct date_trunc('day', used_at, 'Asia/Shanghai'))" + generated
                        + " and extract(isodow from used_at at time zone 'Asia/Shanghai') < 6"
                        + " and used_at < date_trunc('day', now(), 'Asia/Shanghai')",
                Double.class);
        double weekend = jdbc.queryForObject(
                "select count(*)::float / count(distinct date_trunc('day', used_at, 'Asia/Shanghai'))" + generated
                        + " and extract(isodow from used_at at time zone 'Asia/Shanghai') >= 6",
                Double.class);
        assertThat(weekday).as("weekdays are busier than weekends").isGreaterThan(weekend * 1.3);
        long mornings = count("select count(*)" + generated
                + " and extract(hour from used_at at time zone 'Asia/Shanghai') between 8 and 10");
        long nights = count("select count(*)" + generated
                + " and extract(hour from used_at at time zone 'Asia/Shanghai') between 0 and 5");
        assertThat(mornings).as("mornings are busier than nights").isGreaterThan(nights * 5);
        assertThat(count("select count(*)" + generated + " and cross_region"))
                .as("some uses are cross-region")
                .isPositive()
                .isLessThan(s.uses() / 4);
        assertThat(count("select count(*) from institution where code like '______G%'"))
                .isGreaterThan(200);
    }

    @Test
    void theCommandPrintsProgressAndRefusesBadSettings() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        GenerateRegionCommand bad = new GenerateRegionCommand(generator, null, "residents=lots");
        assertThat(bad.generate(out)).isEqualTo(2);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("generate-region:");
        GenerateRegionCommand small = new GenerateRegionCommand(generator, null, "residents=20,uses=100,days=7,seed=9");
        assertThat(small.generate(out)).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("generate-region done: ")
                .contains("20 residents with 20 cards");
        assertThat(GenerateRegionCommand.line(new RegionGenerator.Progress())).startsWith("generate-region [");
    }
}
