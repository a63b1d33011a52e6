package io.ehc.statistics.infrastructure;

import io.ehc.statistics.domain.Service;
import io.ehc.statistics.domain.ServiceCatalogue;
import io.ehc.statistics.domain.ServiceRule;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@code statistics_service} and {@code statistics_service_rule}. */
@Repository
class JdbcServiceCatalogue implements ServiceCatalogue {
    private final JdbcTemplate jdbc;

    JdbcServiceCatalogue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Service> services() {
        return jdbc.query(
                "select * from statistics_service order by position",
                (rs, i) -> new Service(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en")));
    }

    @Override
    public List<ServiceRule> rules() {
        return jdbc.query("select * from statistics_service_rule order by id", (rs, i) -> {
            String channels = rs.getString("channels");
            Set<String> set = channels == null || channels.isBlank()
                    ? Set.of()
                    : Arrays.stream(channels.split(",")).map(String::strip).collect(Collectors.toSet());
            return new ServiceRule(
                    rs.getString("service"),
                    rs.getString("care_step"),
                    rs.getString("scene"),
                    set,
                    rs.getString("basis"));
        });
    }
}
