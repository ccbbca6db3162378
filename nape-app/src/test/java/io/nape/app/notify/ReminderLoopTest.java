package io.nape.app.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.person.PersonId;
import io.nape.core.plan.EventKind;
import io.nape.core.plan.Notifier;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.Reminder;
import io.nape.core.plan.ReminderOutcome;
import io.nape.core.plan.ReminderRecord;
import io.nape.core.plan.Settings;
import io.nape.core.plan.SnoozeLength;
import io.nape.core.presence.PresenceReading;
import io.nape.core.presence.PresenceSensor;
import io.nape.core.presence.PresenceState;
import io.nape.store.persistence.Database;
import io.nape.store.persistence.plan.JdbcReminderRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drive the reminder loop over the real SQLite store with a clock the test moves: the loop's waits
 * advance the clock instead of sleeping.
 */
class ReminderLoopTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 30);

    @TempDir
    Path folder;

    private Database database;
    private JdbcReminderRepository repository;
    private final MovingClock clock = new MovingClock(at(8, 0));
    private final List<Reminder> shown = new ArrayList<>();
    private final List<PlanEvent> started = new ArrayList<>();
    private final List<Duration> naps = new ArrayList<>();

    @BeforeEach
    void open() {
        database = Database.openSqlite(folder.resolve("nape.db"));
        repository = new JdbcReminderRepository(database, PersonId.LOCAL);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void firesEachEventOnceAtItsTimeAndRecordsIt() {
        ReminderLoop loop = loop(List.of(shown::add));

        loop.run(script(Step.sleepUntil(at(11, 30)), Step.stop()));

        assertThat(shown)
                .extracting(reminder -> reminder.event().at().toLocalTime())
                .containsExactly(LocalTime.of(9, 0), LocalTime.of(10, 0), LocalTime.of(11, 0));
        assertThat(shown).allSatisfy(reminder -> assertThat(reminder.lateBy()).isZero());
        assertThat(stored(ReminderOutcome.FIRED)).hasSize(3);
        assertThat(naps).as("no nap is longer than the cap").allSatisfy(nap -> assertThat(nap)
                .isLessThanOrEqualTo(ReminderLoop.LONGEST_NAP));
    }

    @Test
    void firesOneCatchUpAfterAnEightHourJump() {
        ReminderLoop loop = loop(List.of(shown::add));

        loop.run(script(Step.jumpTo(at(16, 30)), Step.stop()));

        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).event().at().toLocalTime()).isEqualTo(LocalTime.of(16, 0));
        assertThat(stored(ReminderOutcome.MISSED)).hasSize(7);
    }

    @Test
    void snoozesAndThenStartsTheSessionWhenDone() {
        ReminderLoop loop = loop(List.of(shown::add));

        loop.run(script(
                Step.sleepUntil(at(9, 0)),
                Step.answer(new ReminderCommand.Snooze(SnoozeLength.TEN_MINUTES)),
                Step.sleepUntil(at(9, 10)),
                Step.answer(new ReminderCommand.Done()),
                Step.stop()));

        assertThat(shown).extracting(Reminder::attempt).containsExactly(1, 2);
        assertThat(shown.get(1).firedAt()).isEqualTo(at(9, 10));
        assertThat(started).extracting(event -> event.at().toLocalTime()).containsExactly(LocalTime.of(9, 0));
        assertThat(stored(ReminderOutcome.SNOOZED)).hasSize(1);
        assertThat(stored(ReminderOutcome.DONE)).hasSize(1);
    }

    @Test
    void staysSilentWhilePausedFromAnotherProcessAndFiresAfter() {
        ReminderLoop loop = loop(List.of(shown::add));
        repository.pauseUntil(at(10, 30));

        loop.run(script(Step.sleepUntil(at(11, 0)), Step.stop()));

        assertThat(shown)
                .extracting(reminder -> reminder.event().at().toLocalTime())
                .containsExactly(LocalTime.of(11, 0));
        assertThat(stored(ReminderOutcome.SILENCED)).hasSize(2);
    }

    @Test
    void keepsRemindingWhenANotifierFails() {
        Notifier broken = reminder -> {
            throw new IllegalStateException("no display");
        };
        ReminderLoop loop = loop(List.of(broken, shown::add));

        loop.run(script(Step.sleepUntil(at(11, 0)), Step.stop()));

        assertThat(shown).hasSize(3);
        assertThat(stored(ReminderOutcome.NOTIFIER_FAILED)).hasSize(3);
    }

    @Test
    void announcesNothingAnsweredBeforeARestart() {
        loop(List.of(shown::add))
                .run(script(
                        Step.sleepUntil(at(9, 0)),
                        Step.answer(new ReminderCommand.Skip()),
                        Step.sleepUntil(at(9, 30)),
                        Step.stop()));
        assertThat(shown).hasSize(1);
        clock.set(at(9, 40));
        List<Reminder> afterRestart = new ArrayList<>();

        loop(List.of(afterRestart::add)).run(script(Step.sleepUntil(at(9, 55)), Step.stop()));

        assertThat(afterRestart)
                .as("the 09:00 reminder was skipped before the restart")
                .isEmpty();
        assertThat(stored(ReminderOutcome.FIRED)).hasSize(1);
        assertThat(stored(ReminderOutcome.SKIPPED)).hasSize(1);
        assertThat(stored(ReminderOutcome.MISSED)).isEmpty();
    }

    @Test
    void recordsTheDaysMissedRemindersOnceAcrossRestarts() {
        clock.set(at(12, 30));
        loop(List.of(shown::add)).run(script(Step.stop()));
        assertThat(shown)
                .extracting(reminder -> reminder.event().at().toLocalTime())
                .containsExactly(LocalTime.of(12, 0));

        for (int minute : new int[] {40, 50}) {
            clock.set(at(12, minute));
            loop(List.of(shown::add)).run(script(Step.stop()));
        }

        assertThat(shown).as("the catch-up reminder is shown once").hasSize(1);
        assertThat(stored(ReminderOutcome.MISSED)).hasSize(3);
        assertThat(stored(ReminderOutcome.FIRED)).hasSize(1);
        assertThat(repository.findAll()).hasSize(4);
    }

    @Test
    void takesAnAnswerAfterARestartForAReminderShownBeforeIt() {
        loop(List.of(shown::add)).run(script(Step.sleepUntil(at(9, 5)), Step.stop()));
        clock.set(at(9, 20));
        List<Reminder> afterRestart = new ArrayList<>();
        ReminderLoop restarted = loop(List.of(afterRestart::add));

        restarted.run(script(Step.answer(new ReminderCommand.Done()), Step.stop()));

        assertThat(afterRestart).isEmpty();
        assertThat(started).extracting(event -> event.at().toLocalTime()).containsExactly(LocalTime.of(9, 0));
        assertThat(stored(ReminderOutcome.DONE)).hasSize(1);
        assertThat(stored(ReminderOutcome.FIRED)).hasSize(1);
    }

    @Test
    void waitsOutASnoozeGivenBeforeARestart() {
        loop(List.of(shown::add))
                .run(script(
                        Step.sleepUntil(at(9, 0)),
                        Step.answer(new ReminderCommand.Snooze(SnoozeLength.FIFTEEN_MINUTES)),
                        Step.stop()));
        clock.set(at(9, 5));
        List<Reminder> afterRestart = new ArrayList<>();

        loop(List.of(afterRestart::add)).run(script(Step.sleepUntil(at(9, 20)), Step.stop()));

        assertThat(afterRestart).singleElement().satisfies(reminder -> {
            assertThat(reminder.attempt()).isEqualTo(2);
            assertThat(reminder.firedAt()).isEqualTo(at(9, 15));
        });
    }

    @Test
    void aShortLockHoldsTheBreakAndTheUnlockShowsItOnce() {
        FakeSensor sensor = new FakeSensor(PresenceState.LOCKED, at(8, 58));
        ReminderLoop loop = presenceLoop(sensor, List.of(shown::add));

        loop.run(script(
                Step.sleepUntil(at(9, 2)),
                Step.act(() -> sensor.set(PresenceState.PRESENT, at(9, 2))),
                Step.sleepUntil(at(9, 30)),
                Step.stop()));

        assertThat(shown).singleElement().satisfies(reminder -> {
            assertThat(reminder.event().at().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
            assertThat(reminder.firedAt()).isEqualTo(at(9, 2));
        });
        assertThat(naps)
                .as("while held, the loop looks again every 30 s at the longest")
                .contains(Duration.ofSeconds(30));
    }

    @Test
    void anAbsenceOverABreakIsRecordedAsANaturalBreakAndTheNextBreakMovesAfterTheReturn() {
        FakeSensor sensor = new FakeSensor(PresenceState.AWAY, at(8, 50));
        ReminderLoop loop = presenceLoop(sensor, List.of(shown::add));

        loop.run(script(
                Step.sleepUntil(at(9, 20)),
                Step.act(() -> sensor.set(PresenceState.PRESENT, at(9, 20))),
                Step.sleepUntil(at(10, 30)),
                Step.stop()));

        assertThat(stored(ReminderOutcome.NATURAL_BREAK)).singleElement().satisfies(record -> assertThat(
                        record.event().at().toLocalTime())
                .isEqualTo(LocalTime.of(9, 0)));
        assertThat(shown).singleElement().satisfies(reminder -> {
            assertThat(reminder.event().at().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
            assertThat(reminder.firedAt()).as("a full hour after the return").isEqualTo(at(10, 20));
        });
    }

    private ReminderLoop presenceLoop(PresenceSensor sensor, List<Notifier> notifiers) {
        Settings settings = Settings.defaults(BERLIN);
        return new ReminderLoop(
                clock,
                () -> settings,
                (current, day) -> hourlyFromNine(day),
                repository,
                notifiers,
                List.of(sensor),
                event -> Optional.of(() -> {}));
    }

    /** A presence sensor the test sets. */
    private static final class FakeSensor implements PresenceSensor {
        private PresenceReading reading;

        FakeSensor(PresenceState state, Instant since) {
            reading = new PresenceReading(state, since, "fake");
        }

        void set(PresenceState state, Instant since) {
            reading = new PresenceReading(state, since, "fake");
        }

        @Override
        public Optional<PresenceReading> read(Instant now) {
            return Optional.of(reading);
        }

        @Override
        public String name() {
            return "fake";
        }
    }

    private ReminderLoop loop(List<Notifier> notifiers) {
        return new ReminderLoop(clock, BERLIN, ReminderLoopTest::hourlyFromNine, repository, notifiers, event -> {
            started.add(event);
            return Optional.of(() -> {});
        });
    }

    /** Breaks at 09:00 to 16:00, every hour, on every day. */
    private static List<PlanEvent> hourlyFromNine(LocalDate day) {
        List<PlanEvent> events = new ArrayList<>();
        for (int hour = 9; hour <= 16; hour++) {
            events.add(new PlanEvent(
                    day,
                    ZonedDateTime.of(day, LocalTime.of(hour, 0), BERLIN).toOffsetDateTime(),
                    EventKind.MICRO_BREAK,
                    new RoutineId(hour % 2 == 0 ? "desk-a" : "desk-b"),
                    DosageLevel.STANDARD,
                    5));
        }
        return events;
    }

    private List<ReminderRecord> stored(ReminderOutcome outcome) {
        return repository.findForEventsBetween(at(0, 0), at(23, 59)).stream()
                .filter(record -> record.outcome() == outcome)
                .toList();
    }

    private static Instant at(int hour, int minute) {
        return ZonedDateTime.of(MONDAY, LocalTime.of(hour, minute), BERLIN).toInstant();
    }

    /** One scripted step of the person and the world. */
    private record Step(Instant sleepUntil, boolean jump, Optional<ReminderCommand> command, Runnable change) {
        static Step sleepUntil(Instant until) {
            return new Step(until, false, Optional.empty(), () -> {});
        }

        static Step jumpTo(Instant until) {
            return new Step(until, true, Optional.empty(), () -> {});
        }

        static Step answer(ReminderCommand command) {
            return new Step(Instant.MIN, false, Optional.of(command), () -> {});
        }

        static Step stop() {
            return answer(new ReminderCommand.Stop());
        }

        /** Change the world (such as where the person is) and wake the loop, as a sensor's signal does. */
        static Step act(Runnable change) {
            return new Step(Instant.MIN, false, Optional.of(new ReminderCommand.Wake()), change);
        }
    }

    /**
     * Waits that move the clock: sleeping honours each nap the loop asks for until the step's time; a
     * jump moves the clock in one go, as a suspend does.
     */
    private ReminderWait script(Step... steps) {
        Deque<Step> queue = new ArrayDeque<>(List.of(steps));
        return atMost -> {
            naps.add(atMost);
            Step step = queue.peek();
            if (step == null) {
                return Optional.of(new ReminderCommand.Stop());
            }
            if (step.command().isPresent()) {
                queue.pop();
                step.change().run();
                return step.command();
            }
            Instant wakeAt = clock.instant().plus(atMost);
            if (step.jump() || !wakeAt.isBefore(step.sleepUntil())) {
                clock.set(step.jump() ? step.sleepUntil() : min(wakeAt, step.sleepUntil()));
                queue.pop();
            } else {
                clock.set(wakeAt);
            }
            return Optional.empty();
        };
    }

    private static Instant min(Instant one, Instant other) {
        return one.isBefore(other) ? one : other;
    }

    /** A clock the test sets. */
    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
