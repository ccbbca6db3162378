package io.nape.app.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.Wiring;
import io.nape.app.config.AppConfig;
import io.nape.core.plan.PlanEngine;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.RoutineLengths;
import io.nape.core.plan.Settings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running reminder loop over the real SQLite file takes up settings changed by another process at
 * once: the data file's change wakes it, and it re-plans what is still to come.
 */
class LiveSettingsTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path home;

    @Test
    void settingsChangedByAnotherProcessMoveTheNextBreakWithoutARestart() throws Exception {
        // A working Monday, 10:05 in Berlin, with time running on.
        LocalDate monday = LocalDate.now(Clock.systemUTC()).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Instant tenPastTen = monday.atTime(LocalTime.of(10, 5)).atZone(BERLIN).toInstant();
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), tenPastTen));
        AppConfig config = AppConfig.from(Map.of("NAPE_HOME", home.toString()), null);
        Settings hourly = Settings.defaults(BERLIN);
        BlockingQueue<ReminderCommand> commands = new LinkedBlockingQueue<>();

        try (Wiring serving = new Wiring(config, new PrintWriter(new StringWriter()), clock);
                Wiring other = new Wiring(config, new PrintWriter(new StringWriter()), clock)) {
            other.settingsRepository().save(hourly);
            PlanEngine engine = new PlanEngine(RoutineLengths.of(serving.catalogue()));
            ReminderLoop loop = new ReminderLoop(
                    clock,
                    serving::settings,
                    (settings, day) -> engine.plan(settings, day, day).events(),
                    serving.reminders(),
                    List.of(),
                    List.of(),
                    event -> Optional.empty());
            Thread running = new Thread(
                    () -> loop.run(
                            atMost -> Optional.ofNullable(commands.poll(atMost.toMillis(), TimeUnit.MILLISECONDS))),
                    "loop-under-test");
            try (DataChanges changes = DataChanges.watch(
                            config.databaseFile(),
                            DataChanges.newVersion(
                                    () -> serving.database().dataVersion().current()),
                            () -> commands.add(new ReminderCommand.Wake()))
                    .orElseThrow()) {
                running.start();
                Instant hourlyNext = firstAfter(engine, hourly, monday, clock.instant());
                awaitNextDue(loop, hourlyNext);

                Settings halfHourly = hourly.withBreakEveryMinutes(30);
                Instant halfHourlyNext = firstAfter(engine, halfHourly, monday, clock.instant());
                assertThat(halfHourlyNext)
                        .as("the test needs a plan that differs")
                        .isNotEqualTo(hourlyNext);
                long saved = System.nanoTime();
                other.settingsRepository().save(halfHourly);
                awaitNextDue(loop, halfHourlyNext);
                System.out.printf(
                        "settings change taken up in %d ms%n",
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - saved));

                // Longer micro-breaks: the next break keeps its time and holds other exercises.
                Settings longer = halfHourly.withBreaks(halfHourly.breaks().withMicroBreakMinutes(3));
                PlanEvent threeMinutes = engine.plan(longer, monday, monday.plusDays(1)).events().stream()
                        .filter(event -> event.instant().equals(halfHourlyNext))
                        .findFirst()
                        .orElseThrow();
                assertThat(loop.nextEvent()).isPresent().get().isNotEqualTo(threeMinutes);
                long changed = System.nanoTime();
                other.settingsRepository().save(longer);
                awaitNextEvent(loop, threeMinutes);
                System.out.printf(
                        "microBreakMinutes 3 taken up in %d ms%n",
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - changed));
            } finally {
                commands.add(new ReminderCommand.Stop());
                running.join(10_000);
            }
            assertThat(running.isAlive()).isFalse();
        }
    }

    private static Instant firstAfter(PlanEngine engine, Settings settings, LocalDate day, Instant now) {
        return engine.plan(settings, day, day.plusDays(1)).events().stream()
                .map(PlanEvent::instant)
                .filter(instant -> instant.isAfter(now))
                .min(Instant::compareTo)
                .orElseThrow();
    }

    /** Wait, at most 20 s, for the loop's next reminder to be for {@code expected}. */
    private static void awaitNextEvent(ReminderLoop loop, PlanEvent expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!loop.nextEvent().equals(Optional.of(expected)) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(loop.nextEvent()).contains(expected);
    }

    /** Wait, at most 20 s (a slow shared machine), for the loop's next reminder to be {@code expected}. */
    private static void awaitNextDue(ReminderLoop loop, Instant expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!loop.nextDue().equals(Optional.of(expected)) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(loop.nextDue()).contains(expected);
    }
}
