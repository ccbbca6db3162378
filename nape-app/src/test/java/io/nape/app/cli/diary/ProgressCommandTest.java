package io.nape.app.cli.diary;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.cli.CliRun;
import io.nape.app.config.AppConfig;
import io.nape.core.diary.PainEntry;
import io.nape.store.persistence.Database;
import io.nape.store.persistence.diary.JdbcPainEntryRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Show progress through the real command line; pain entries are stored at times relative to now. */
class ProgressCommandTest {
    @TempDir
    Path home;

    @BeforeEach
    void workInUtc() {
        assertThat(CliRun.run(home, "settings", "set", "timeZone", "UTC").exitCode())
                .isZero();
    }

    @Test
    void saysWhatIsMissingForSomeoneWhoJustStarted() {
        CliRun progress = CliRun.run(home, "progress");

        assertThat(progress.exitCode()).isZero();
        assertThat(progress.out().lines().toList())
                .contains("Sessions done of those planned:")
                .contains("Streak: 0 days in a row with the morning or evening session (longest: 0 days).")
                .endsWith("Pain: nothing logged in the last 7 days; log it with './nape log pain 4 --where neck'.");
        assertThat(progress.out()).startsWith("Progress on ").contains(" (UTC)\n");
        assertThat(progress.out().lines().filter(line -> line.startsWith("  this week, from ")))
                .hasSize(1);
    }

    @Test
    void callsAFallOfTwoPointsOverFourWeeksAMeaningfulImprovement() {
        // 28 days ago: 7 and 6 -> 6.5; now: 4 -> 4.0; 2.5 points lower.
        Instant now = Instant.now();
        store(pain(now.minus(Duration.ofDays(28)), 7));
        store(pain(now.minus(Duration.ofDays(28)), 6));
        store(pain(now.minusSeconds(60), 4));

        CliRun progress = CliRun.run(home, "progress");

        assertThat(progress.exitCode()).isZero();
        assertThat(progress.out())
                .endsWith("Pain: the 7-day mean is 4.0 (1 entry). 4 weeks earlier it was 6.5 (2 entries):"
                        + " 2.5 points lower, a meaningful improvement.\n");
        assertThat(progress.out().lines().filter(line -> line.startsWith("  week from ")))
                .hasSize(4);
    }

    @Test
    void callsARiseOfTwoPointsAMeaningfulWorseningAndAsksForACheck() {
        Instant now = Instant.now();
        store(pain(now.minus(Duration.ofDays(28)), 2));
        store(pain(now.minusSeconds(60), 5));

        CliRun progress = CliRun.run(home, "progress");

        assertThat(progress.out())
                .endsWith("Pain: the 7-day mean is 5.0 (1 entry). 4 weeks earlier it was 2.0 (1 entry):"
                        + " 3.0 points higher, a meaningful worsening. Run './nape check' to see whether you should"
                        + " talk to a doctor.\n");
    }

    @Test
    void saysWhenAChangeIsNotYetMeaningful() {
        Instant now = Instant.now();
        store(pain(now.minus(Duration.ofDays(28)), 5));
        store(pain(now.minusSeconds(60), 4));

        CliRun progress = CliRun.run(home, "progress");

        assertThat(progress.out())
                .endsWith("Pain: the 7-day mean is 4.0 (1 entry). 4 weeks earlier it was 5.0 (1 entry):"
                        + " 1.0 points lower, not yet a meaningful change (that takes 2 points).\n");
    }

    @Test
    void saysWhenThereIsNothingToCompareWith() {
        CliRun.run(home, "log", "pain", "4");

        CliRun progress = CliRun.run(home, "progress");

        assertThat(progress.out())
                .endsWith("Pain: the 7-day mean is 4.0 (1 entry). Nothing was logged 4 weeks earlier to compare it"
                        + " with.\n");
    }

    @Test
    void countsAPlayedSessionInThisWeekAndPrintsJson() {
        CliRun.run(home, "start", "isometric-complex", "--plain", "--speed", "1000");
        Instant now = Instant.now();
        store(pain(now.minus(Duration.ofDays(28)), 8));
        store(pain(now.minusSeconds(60), 5));

        CliRun progress = CliRun.run(home, "progress", "--json");

        assertThat(progress.exitCode()).isZero();
        assertThat(progress.out())
                .contains("\"timeZone\" : \"UTC\"", "\"weeks\" : [", "\"days\" : [", "\"streaks\" : {")
                .contains("\"mean7Days\" : 5.0", "\"entries7Days\" : 1", "\"meanFourWeeksEarlier\" : 8.0")
                .contains("\"change\" : -3.0", "\"meaningfulChange\" : \"better\"");
    }

    private static PainEntry pain(Instant at, int level) {
        return new PainEntry(null, at, level, Set.of(), Set.of(), null, "");
    }

    private void store(PainEntry entry) {
        AppConfig config = AppConfig.from(Map.of("NAPE_HOME", home.toString(), "HOME", home.toString()), null);
        try (Database database = Database.openSqlite(config.databaseFile())) {
            new JdbcPainEntryRepository(database.jdbi()).save(entry);
        }
    }
}
