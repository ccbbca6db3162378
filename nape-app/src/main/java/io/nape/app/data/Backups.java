package io.nape.app.data;

import io.nape.app.Wiring;
import io.nape.app.config.AppConfig;
import io.nape.app.text.Texts;
import io.nape.core.NapeException;
import io.nape.store.persistence.SqliteBackups;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Find the SQLite data file of a configuration, and make the server's daily backup: one when the
 * newest dated backup is a day old or more, checked at start and every hour after.
 */
public final class Backups {
    public static final Duration DAILY = Duration.ofDays(1);

    private Backups() {}

    /** The SQLite data file in use, or empty for PostgreSQL. */
    public static Optional<Path> sqliteFile(AppConfig config) {
        String url = config.databaseUrl();
        if (url == null) {
            return Optional.of(config.databaseFile());
        }
        if (url.startsWith("jdbc:sqlite:")) {
            return Optional.of(Path.of(url.substring("jdbc:sqlite:".length())).toAbsolutePath());
        }
        return Optional.empty();
    }

    /** Make a dated backup if the newest is older than a day or there is none; return it if made. */
    public static Optional<Path> makeIfDue(Wiring wiring, Instant now) {
        Optional<Path> file = sqliteFile(wiring.config());
        if (file.isEmpty()) {
            return Optional.empty();
        }
        SqliteBackups backups = SqliteBackups.beside(file.get());
        Optional<Path> newest = backups.newest();
        if (newest.isPresent() && modified(newest.get()).plus(DAILY).isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(
                backups.writeDated(wiring.database(), now, wiring.settings().timeZone()));
    }

    /** Check now and then every hour on a background thread; a failure is reported and retried next hour. */
    public static ScheduledExecutorService daily(Wiring wiring, PrintWriter out, Texts texts) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "nape-daily-backup");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> makeReporting(wiring, out, texts), 0, 1, TimeUnit.HOURS);
        return scheduler;
    }

    /**
     * Stop the daily backups: no new one starts, and one under way is given time to finish, so that
     * stopping the server right after it started neither cuts a backup short nor reports it failed.
     */
    public static void stop(ScheduledExecutorService daily) {
        daily.shutdown();
        try {
            if (!daily.awaitTermination(30, TimeUnit.SECONDS)) {
                daily.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            daily.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static void makeReporting(Wiring wiring, PrintWriter out, Texts texts) {
        try {
            makeIfDue(wiring, wiring.clock().instant());
        } catch (NapeException failed) {
            if (Thread.currentThread().isInterrupted()) {
                return; // stopped with the server, not a fault of the disk
            }
            synchronized (out) {
                out.println(texts.get("data.dailyBackupFailed", "reason", texts.explain(failed)));
                out.flush();
            }
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException gone) {
            return Instant.EPOCH;
        }
    }
}
