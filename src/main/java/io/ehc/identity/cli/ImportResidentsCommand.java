package io.ehc.identity.cli;

import io.ehc.identity.application.ImportResidents;
import java.io.PrintStream;
import java.nio.file.Path;
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
 * {@code java -jar ehc-platform.jar --import-residents=residents.csv --ehc.demo.enabled=false}: imports the file with
 * {@link ImportResidents}, prints one progress line a second and a summary to stderr, then stops the application:
 * exit status 0 when the file was imported (even with rejected rows, listed in {@code <file>.rejects.csv}), 2 when it
 * could not be read, 1 on any other failure. The web server starts as usual meanwhile; the demo data is loaded
 * unless {@code --ehc.demo.enabled=false} is given.
 */
@Component
@ConditionalOnProperty(name = "import-residents")
class ImportResidentsCommand implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(ImportResidentsCommand.class);

    private final ImportResidents importResidents;
    private final ConfigurableApplicationContext context;
    private final Path file;

    ImportResidentsCommand(
            ImportResidents importResidents,
            ConfigurableApplicationContext context,
            @Value("${import-residents}") Path file) {
        this.importResidents = importResidents;
        this.context = context;
        this.file = file;
    }

    @Override
    public void run(ApplicationArguments args) {
        int status = importFile(System.err);
        System.exit(SpringApplication.exit(context, () -> status));
    }

    int importFile(PrintStream out) {
        ImportResidents.Progress progress = new ImportResidents.Progress();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "import-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(() -> out.println(line(progress.snapshot())), 1, 1, TimeUnit.SECONDS);
        try {
            ImportResidents.Summary s = importResidents.importFile(file, "cli:import-residents", progress);
            ticker.shutdownNow();
            out.printf(
                    Locale.ROOT,
                    "import-residents done: %d rows read, %d accepted (%d added, %d already registered), %d rejected"
                            + " (see %s); %s elapsed, %.0f rows/s%n",
                    s.rowsRead(),
                    s.accepted(),
                    s.added(),
                    s.alreadyRegistered(),
                    s.rejected(),
                    s.rejectsFile().getFileName(),
                    format(s.elapsed()),
                    s.rowsPerSecond());
            return 0;
        } catch (ImportResidents.UnreadableFile e) {
            out.println("import-residents failed: " + e.getMessage() + " (" + file.getFileName() + ")");
            return 2;
        } catch (RuntimeException e) {
            // The exception's class only: a message from the database could quote a value.
            log.error("import-residents failed: {}", e.getClass().getName());
            out.println("import-residents failed: " + e.getClass().getSimpleName());
            return 1;
        } finally {
            ticker.shutdownNow();
        }
    }

    private static String line(ImportResidents.Snapshot s) {
        Duration eta = s.eta();
        return String.format(
                Locale.ROOT,
                "import-residents: %d read, %d accepted, %d rejected, %d added, %.0f rows/s, %.1f%% of file, ETA %s",
                s.rowsRead(),
                s.accepted(),
                s.rejected(),
                s.added(),
                s.rowsPerSecond(),
                s.percent(),
                eta == null ? "?" : format(eta));
    }

    private static String format(Duration d) {
        long s = d.toSeconds();
        return String.format(Locale.ROOT, "%d:%02d:%02d.%d", s / 3600, s / 60 % 60, s % 60, d.toMillisPart() / 100);
    }
}
