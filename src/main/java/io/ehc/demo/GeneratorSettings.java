package io.ehc.demo;

import java.util.Locale;

/**
 * What {@code --generate-region} fills: residents (each with a card), card uses over the last {@code days} days
 * ending now, and code displays per use (the published ratio is about ten, DOMAIN.md §5). Parsed from
 * {@code residents=1000000,uses=10000000,days=365[,displays-per-use=10][,seed=42]}.
 */
record GeneratorSettings(int residents, long uses, int days, double displaysPerUse, long seed) {
    GeneratorSettings {
        if (residents < 1 || residents > 20_000_000) throw new IllegalArgumentException("residents: 1 to 20,000,000");
        if (uses < 0 || uses > 2_000_000_000L) throw new IllegalArgumentException("uses: 0 to 2,000,000,000");
        if (days < 1 || days > 366) throw new IllegalArgumentException("days: 1 to 366 (reports reach one year back)");
        if (displaysPerUse < 0 || displaysPerUse > 100)
            throw new IllegalArgumentException("displays-per-use: 0 to 100");
    }

    static GeneratorSettings parse(String text) {
        int residents = 100_000;
        long uses = 1_000_000;
        int days = 365;
        double displays = 10;
        long seed = 42;
        for (String part : text.split(",")) {
            if (part.isBlank()) continue;
            String[] kv = part.split("=", 2);
            if (kv.length != 2) throw new IllegalArgumentException("expected name=value, got " + part.strip());
            String v = kv[1].strip().replace("_", "");
            switch (kv[0].strip().toLowerCase(Locale.ROOT)) {
                case "residents" -> residents = Integer.parseInt(v);
                case "uses" -> uses = Long.parseLong(v);
                case "days" -> days = Integer.parseInt(v);
                case "displays-per-use" -> displays = Double.parseDouble(v);
                case "seed" -> seed = Long.parseLong(v);
                default -> throw new IllegalArgumentException("unknown setting " + kv[0].strip());
            }
        }
        return new GeneratorSettings(residents, uses, days, displays, seed);
    }
}
