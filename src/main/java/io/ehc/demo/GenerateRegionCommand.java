package io.ehc.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar ehc-platform.jar --generate-region=residents=1000000,uses=10000000,days=365
 * --ehc.demo.enabled=false}: fills the database with a synthetic region ({@link RegionGenerator}), prints a progress
 * line a second and a summary to stderr, then stops the application: exit status 0 when done, 2 for bad settings, 1
 * on any other failure.
 */
@Component
@ConditionalOnProperty(name = "generate-region")
class GenerateRegionCommand implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(GenerateRegionCommand.class);

    private final RegionGenerator generator;
    private final ConfigurableApplicationContext context;
    private final String settings;

    GenerateRegionCommand(
            RegionGenerator generator,
            ConfigurableApplicationContext context,
            @Value("${generate-region}") String settings) {
        this.generator = generator;
        this.context = context;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        int status = generate(System.err);
        System.exit(SpringApplication.exit(context, () -> status));
    }

    int generate(PrintStream out) {
        GeneratorSettings s;
        try {
            s = GeneratorSettings.parse(settings);
        } catch (IllegalArgumentException e) {
            out.println("generate-region: " + e.getMessage()
                    + " (expected e.g. residents=1000000,uses=10000000,days=365[,displays-per-use=10][,seed=42])");
            return 2;
        }
        RegionGenerator.Progress progress = new RegionGenerator.Progress();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "generate-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(() -> out.println(line(progress)), 1, 1, TimeUnit.SECONDS);
        try {
            RegionGenerator.Summary r = generator.generate(s, progress);
            ticker.shutdownNow();
            out.printf(
                    Locale.ROOT,
                    "generate-region done: %d institutions added, %d residents with %d cards in %s; %d card uses"
                            + " (%.0f uses/s with their rollups) and %d code displays in %s; %s in all%n",
                    r.institutions(),
                    r.residents(),
                    r.cards(),
                    format(r.residentsTime()),
                    r.uses(),
                    r.uses() / Math.max(0.001, r.usesTime().toNanos() / 1e9),
                    r.displays(),
                    format(r.usesTime()),
                    format(r.elapsed()));
            return 0;
        } catch (RuntimeException e) {
            log.error("generate-region failed: {}", e.getClass().getName());
            out.println("generate-region failed: " + e.getClass().getSimpleName());
            return 1;
        } finally {
            ticker.shutdownNow();
        }
    }

    static String line(RegionGenerator.Progress p) {
        double seconds = Math.max(0.001, p.elapsed().toNanos() / 1e9);
        double residentsDone = p.targetResidents == 0 ? 1 : (double) p.residents.get() / p.targetResidents;
        double usesDone = p.targetUses == 0 ? 1 : (double) p.uses.get() / p.targetUses;
        return String.format(
                Locale.ROOT,
                "generate-region [%s]: %d/%d residents (%.0f%%), %d cards, %d/%d uses (%.0f%%), %d displays, %s elapsed",
                p.phase,
                p.residents.get(),
                p.targetResidents,
                100 * residentsDone,
                p.cards.get(),
                p.uses.get(),
                p.targetUses,
                100 * usesDone,
                p.displays.get(),
                format(Duration.ofMillis((long) (seconds * 1000))));
    }

    private static String format(Duration d) {
        long s = d.toSeconds();
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
