package io.ehc.statistics.infrastructure;

import io.ehc.statistics.domain.Population;
import io.ehc.statistics.domain.Populations;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@code region_population}. */
@Repository
class JdbcPopulations implements Populations {
    private final JdbcTemplate jdbc;

    JdbcPopulations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Population> within(String regionPrefix) {
        return jdbc.query(
                "select * from region_population where region like ? order by region",
                (rs, i) -> new Population(
                        rs.getString("region"), rs.getLong("population"), rs.getInt("year"), rs.getString("source")),
                regionPrefix + "%");
    }

    @Override
    public void save(Population p) {
        jdbc.update("""
                insert into region_population (region, population, year, source) values (?, ?, ?, ?)
                on conflict (region) do update set population = excluded.population, year = excluded.year,
                    source = excluded.source
                """, p.region(), p.population(), p.year(), p.source());
    }
}
