package io.nape.app.usecase.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.Wiring;
import io.nape.app.config.AppConfig;
import io.nape.app.usecase.progress.ProgressLoad.ProgressData;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.ExerciseId;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.diary.ExerciseResult;
import io.nape.core.diary.ExerciseStatus;
import io.nape.core.diary.PainArea;
import io.nape.core.diary.PainEntry;
import io.nape.core.diary.SessionLog;
import io.nape.core.diary.SessionOutcome;
import io.nape.core.diary.SessionSummary;
import io.nape.core.plan.DayProgress;
import io.nape.core.plan.PlanEngine;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.ReminderOutcome;
import io.nape.core.plan.ReminderRecord;
import io.nape.core.plan.Settings;
import io.nape.core.progress.Progress;
import io.nape.core.progress.ProgressReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Progress read the quick way (sessions without their exercises, only the answers among the
 * reminder records, the plan kept across reads) gives the report that reading everything gives.
 */
class ProgressReadTest {
    @TempDir
    Path home;

    @ParameterizedTest
    @CsvSource({
        "Europe/Berlin, 2026-03-29T12:00, 420, 1",
        "Europe/Berlin, 2026-10-26T09:10, 30, 2",
        "Asia/Kolkata, 2026-06-10T20:00, 200, 3",
        "Pacific/Auckland, 2026-04-08T07:45, 400, 4",
        "America/New_York, 2026-11-02T18:31, 3, 5"
    })
    void givesTheReportThatReadingEverythingGives(String zoneId, String localNow, int daysOfData, long seed) {
        ZoneId zone = ZoneId.of(zoneId);
        Instant now = LocalDateTime.parse(localNow).atZone(zone).toInstant();
        Settings settings = Settings.defaults(zone);
        try (Wiring wiring = new Wiring(
                AppConfig.from(Map.of("NAPE_HOME", home.toString()), null), new PrintWriter(new StringWriter()))) {
            wiring.settingsRepository().save(settings);
            record(wiring, settings, now, daysOfData, new Random(seed));

            ProgressData quick = ProgressLoad.load(wiring, settings, now);
            ProgressData again = ProgressLoad.load(wiring, settings, now.plusSeconds(1));
            Everything everything = Everything.read(wiring, settings, now);

            assertThat(quick.report()).isEqualTo(everything.report(now));
            assertThat(again.report()).isEqualTo(everything.report(now.plusSeconds(1)));
            assertThat(quick.sessions())
                    .containsExactlyElementsOf(everything.sessions().stream()
                            .map(SessionSummary::of)
                            .toList());
            assertThat(quick.pains()).isEqualTo(everything.pains());
            assertThat(quick.report().weeks()).isNotEmpty();
        }
    }

    /** Sessions, reminder records of every outcome and pain entries around the planned events. */
    private static void record(Wiring wiring, Settings settings, Instant now, int days, Random random) {
        LocalDate today = now.atZone(settings.timeZone()).toLocalDate();
        List<PlanEvent> events = new ArrayList<>();
        PlanEngine engine = new PlanEngine(wiring.routineLengths());
        for (LocalDate from = today.minusDays(days); !from.isAfter(today.plusDays(6)); from = from.plusDays(300)) {
            LocalDate to = from.plusDays(299).isAfter(today.plusDays(6)) ? today.plusDays(6) : from.plusDays(299);
            events.addAll(engine.plan(settings, from, to).events());
        }
        List<ReminderRecord> records = new ArrayList<>();
        int sessions = 0;
        for (PlanEvent event : events) {
            if (random.nextInt(Math.max(1, events.size() / 150)) != 0) {
                continue;
            }
            Instant at = event.instant().plusSeconds(random.nextInt(7200) - 3600L);
            ReminderOutcome outcome = ReminderOutcome.values()[random.nextInt(ReminderOutcome.values().length)];
            records.add(new ReminderRecord(event, outcome, at, random.nextBoolean() ? "" : "10 min"));
            if (random.nextInt(3) > 0 && sessions++ < 120) {
                wiring.sessionLogs().save(aSession(random, event.routine(), at));
            }
        }
        wiring.reminders().append(records);
        for (int index = 0; index < 60; index++) {
            Instant at = now.minusSeconds(random.nextInt(days * 86_400 + 1));
            wiring.painEntries()
                    .save(new PainEntry(null, at, random.nextInt(11), Set.of(PainArea.NECK), Set.of(), null, ""));
        }
        wiring.sessionLogs().save(aSession(random, new RoutineId("not-planned"), now.minusSeconds(600)));
    }

    private static SessionLog aSession(Random random, RoutineId routine, Instant start) {
        List<ExerciseResult> exercises = new ArrayList<>();
        int count = random.nextInt(4);
        for (int position = 0; position < count; position++) {
            exercises.add(new ExerciseResult(
                    position,
                    new ExerciseId("exercise-" + position),
                    ExerciseStatus.values()[random.nextInt(ExerciseStatus.values().length)]));
        }
        SessionOutcome outcome = random.nextBoolean()
                ? SessionOutcome.QUIT
                : SessionOutcome.values()[random.nextInt(SessionOutcome.values().length)];
        return new SessionLog(
                null, routine, DosageLevel.STANDARD, start, start.plus(Duration.ofMinutes(5)), outcome, exercises);
    }

    /** The inputs read whole, as progress read them before: every log with its exercises, every record. */
    private record Everything(
            ZoneId zone,
            List<PlanEvent> events,
            List<SessionLog> sessions,
            List<ReminderRecord> records,
            List<PainEntry> pains,
            Optional<Instant> began) {
        static Everything read(Wiring wiring, Settings settings, Instant now) {
            ZoneId zone = settings.timeZone();
            LocalDate today = now.atZone(zone).toLocalDate();
            LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate sunday = thisMonday.plusDays(6);
            LocalDate yearBack = thisMonday.minusWeeks(ProgressInputs.LOOK_BACK_WEEKS - 1L);
            Instant start = yearBack.atStartOfDay(zone).toInstant();
            Instant end = sunday.plusDays(1).atStartOfDay(zone).toInstant();
            List<SessionLog> sessions = wiring.sessionLogs().findStartedBetween(start.minus(DayProgress.EARLY), end);
            List<ReminderRecord> records = wiring.reminders().findForEventsBetween(start, end);
            List<PainEntry> pains = wiring.painEntries().findBetween(start, end);
            Optional<Instant> began = Stream.of(
                            sessions.stream().map(SessionLog::startedAt),
                            records.stream().map(ReminderRecord::at),
                            pains.stream().map(PainEntry::at))
                    .flatMap(instants -> instants)
                    .min(Instant::compareTo);
            LocalDate first = began.map(instant -> instant.atZone(zone).toLocalDate())
                    .map(day -> day.isBefore(yearBack) ? yearBack : day)
                    .map(day -> day.isAfter(today) ? today : day)
                    .orElse(today);
            List<PlanEvent> events = new PlanEngine(wiring.routineLengths())
                    .plan(settings, first, sunday)
                    .events();
            return new Everything(zone, events, sessions, records, pains, began);
        }

        ProgressReport report(Instant now) {
            return Progress.of(zone, events, sessions, records, pains, began.orElse(now), now);
        }
    }
}
