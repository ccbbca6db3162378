package io.nape.app.cli.diary;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.Wiring;
import io.nape.app.cli.CliRun;
import io.nape.app.config.AppConfig;
import io.nape.core.diary.PainEntry;
import io.nape.core.person.PersonId;
import io.nape.core.plan.EventKind;
import io.nape.core.plan.PlanEngine;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.ReminderOutcome;
import io.nape.core.plan.ReminderRecord;
import io.nape.core.plan.Settings;
import io.nape.store.persistence.Database;
import io.nape.store.persistence.diary.JdbcPainEntryRepository;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    @Test
    void countsNaturalBreaksAndBreaksSkippedWhileBusyApartFromTheMissed() {
        Seeded seeded = seedAwayAndBusy();

        CliRun progress = CliRun.run(home, "progress");

        assertThat(progress.exitCode()).isZero();
        String lastWeek = "  " + String.format(java.util.Locale.ROOT, "%-24s", "week from " + seeded.lastMondayShort())
                + " 0 of " + seeded.lastWeekDue() + " (0%); 3 natural breaks, 1 skipped: busy, "
                + seeded.lastWeekDue() + " missed";
        assertThat(progress.out().lines().toList()).contains(lastWeek);
        assertThat(progress.out().lines().filter(line -> line.startsWith("  this week, from ")))
                .singleElement()
                .asString()
                .contains("; 1 natural break, 1 skipped: busy");
    }

    @Test
    void countsNaturalBreaksInRussianWithTheirPluralForms() {
        Seeded seeded = seedAwayAndBusy();

        CliRun progress = CliRun.run(home, "--lang", "ru", "progress");

        assertThat(progress.exitCode()).isZero();
        assertThat(progress.out().lines().filter(line -> line.startsWith("  неделя с ")))
                .anySatisfy(line -> assertThat(line)
                        .endsWith(" 0 из " + seeded.lastWeekDue() + " (0%); 3 перерыва вдали от экрана,"
                                + " пропущено, пока вы были заняты: 1, пропущено: " + seeded.lastWeekDue()));
        assertThat(progress.out().lines().filter(line -> line.startsWith("  эта неделя, с ")))
                .singleElement()
                .asString()
                .contains("; 1 перерыв вдали от экрана, пропущено, пока вы были заняты: 1");
    }

    @Test
    void printsTheCountsByStateInJson() {
        Seeded seeded = seedAwayAndBusy();

        CliRun progress = CliRun.run(home, "progress", "--json");

        assertThat(progress.exitCode()).isZero();
        String compact = progress.out().replaceAll("\\s+", "");
        assertThat(compact)
                .contains("\"monday\":\"" + seeded.lastMonday() + "\",\"planned\":" + (seeded.lastWeekDue() + 4)
                        + ",\"due\":" + seeded.lastWeekDue() + ",\"done\":0,\"percent\":0,\"stopped\":0,"
                        + "\"skipped\":0,\"missed\":" + seeded.lastWeekDue()
                        + ",\"naturalBreaks\":3,\"skippedBusy\":1");
    }

    /** What the seeded records make of last week: its Monday and how many events were due (all missed). */
    record Seeded(LocalDate lastMonday, int lastWeekDue) {
        String lastMondayShort() {
            return DateTimeFormatter.ofPattern("d MMM", java.util.Locale.ENGLISH)
                    .format(lastMonday);
        }
    }

    /**
     * Record last week's first three micro-breaks as natural breaks and the fourth as skipped because
     * busy, and this week's first two micro-breaks the same way, one each. The person began at the
     * first of them: every later event of last week not so recorded is missed.
     */
    private Seeded seedAwayAndBusy() {
        AppConfig config = AppConfig.from(Map.of("NAPE_HOME", home.toString(), "HOME", home.toString()), null);
        try (Wiring wiring = new Wiring(config, new PrintWriter(new StringWriter()))) {
            Settings settings = wiring.settings();
            LocalDate today = LocalDate.now(settings.timeZone());
            LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate lastMonday = thisMonday.minusWeeks(1);
            // Planned in one go from the day the person began, as progress plans it.
            List<PlanEvent> both = new PlanEngine(wiring.routineLengths())
                    .plan(settings, lastMonday, thisMonday.plusDays(6))
                    .events();
            List<PlanEvent> lastWeek = both.stream()
                    .filter(event -> event.day().isBefore(thisMonday))
                    .toList();
            List<PlanEvent> thisWeek = both.stream()
                    .filter(event -> !event.day().isBefore(thisMonday))
                    .toList();
            List<PlanEvent> lastBreaks = microBreaks(lastWeek);
            List<PlanEvent> thisBreaks = microBreaks(thisWeek);
            List<ReminderRecord> records = new ArrayList<>();
            for (int index = 0; index < 4; index++) {
                records.add(record(
                        lastBreaks.get(index),
                        index < 3 ? ReminderOutcome.NATURAL_BREAK : ReminderOutcome.SKIPPED_BUSY));
            }
            records.add(record(thisBreaks.get(0), ReminderOutcome.NATURAL_BREAK));
            records.add(record(thisBreaks.get(1), ReminderOutcome.SKIPPED_BUSY));
            wiring.reminders().append(records);
            Instant began = lastBreaks.get(0).instant();
            long fromBegan = lastWeek.stream()
                    .filter(event -> !event.instant().isBefore(began))
                    .count();
            return new Seeded(lastMonday, (int) fromBegan - 4);
        }
    }

    private static List<PlanEvent> microBreaks(List<PlanEvent> events) {
        return events.stream()
                .filter(event -> event.kind() == EventKind.MICRO_BREAK)
                .sorted(Comparator.comparing(PlanEvent::instant))
                .toList();
    }

    private static ReminderRecord record(PlanEvent event, ReminderOutcome outcome) {
        return new ReminderRecord(event, outcome, event.instant(), "");
    }

    private static PainEntry pain(Instant at, int level) {
        return new PainEntry(null, at, level, Set.of(), Set.of(), null, "");
    }

    private void store(PainEntry entry) {
        AppConfig config = AppConfig.from(Map.of("NAPE_HOME", home.toString(), "HOME", home.toString()), null);
        try (Database database = Database.openSqlite(config.databaseFile())) {
            new JdbcPainEntryRepository(database, PersonId.LOCAL).save(entry);
        }
    }
}
