package io.ehc.shared.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The GB/T 2260 region table, loaded as data (DOMAIN.md §2). The default is the 2016 table shipped with the platform;
 * {@code ehc.regions.file} points at a newer official table in the same CSV form (code,name_zh,level).
 */
@Component
public class Regions {
    /** One row of the table; level 1 province, 2 prefecture, 3 county. */
    public record Region(String code, String name, int level) {}

    private final Map<String, Region> byCode = new HashMap<>();

    public Regions(@Value("${ehc.regions.file:classpath:regions/gb2260.csv}") Resource table) throws IOException {
        try (InputStream in = table.getInputStream();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            while ((line = reader.readLine()) != null) {
                String[] f = line.split(",");
                if (f.length < 3) continue;
                byCode.put(f[0].trim(), new Region(f[0].trim(), f[1].trim(), Integer.parseInt(f[2].trim())));
            }
        }
    }

    public boolean exists(String code) {
        return byCode.containsKey(code);
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Regions of a level (1 province, 2 prefecture, 3 county) whose code starts with the prefix, by code. */
    public List<Region> within(String prefix, int level) {
        return byCode.values().stream()
                .filter(r -> r.level() == level && r.code().startsWith(prefix))
                .sorted(java.util.Comparator.comparing(Region::code))
                .toList();
    }

    public String nameOf(String code) {
        Region r = byCode.get(code);
        return r == null ? code : r.name();
    }
}
