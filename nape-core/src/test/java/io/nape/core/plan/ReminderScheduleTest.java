package io.nape.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nape.core.catalogue.DosageLevel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 30);

    /** Monday and Tuesday: 07:30 morning, 07:44 stretch, micro-breaks 10:00 to 17:00 every hour, 21:00 evening. */
    private final List<PlanEvent> events = new PlanEngine(FixedRoutineLengths.everyRoutine())
            .plan(
                    Settings.defaults(BERLIN)
                            .withLevel(DosageLevel.STANDARD)
                            .withWork(LocalTime.of(9, 0), LocalTime.of(18, 0), null),
                    MONDAY,
                    MONDAY.plusDays(1))
            .events();

    private final MutableClock clock = new MutableClock(at(MONDAY, 9, 0), BERLIN);
    private final ReminderSchedule schedule = new ReminderSchedule(events);

    private static Instant at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), BERLIN).toInstant();
    }

    private void setTime(int hour, int minute) {
        clock.set(at(MONDAY, hour, minute));
    }

    private PlanEvent event(int hour, int minute) {
        Instant instant = at(MONDAY, hour, minute);
        return events.stream()
                .filter(event -> event.instant().equals(instant))
                .findFirst()
                .orElseThrow();
    }

    private List<String> records() {
        return schedule.records().stream()
                .map(record -> record.outcome() + " " + record.event().atText().substring(11, 16)
                        + (record.detail().isEmpty() ? "" : " (" + record.detail() + ")"))
                .toList();
    }

    private List<String> fire() {
        return schedule.poll(clock.instant()).stream()
                .map(reminder -> reminder.event().atText().substring(11, 16) + " " + reminder.headline())
                .toList();
    }

    @Test
    void firesEachEventOnceAtItsTimeAndTellsWhenToWakeUpNext() {
        schedule.poll(clock.instant());
        assertThat(schedule.nextWakeUp()).contains(at(MONDAY, 10, 0));
        setTime(9, 59);
        assertThat(fire()).isEmpty();

        setTime(10, 0);
        assertThat(fire()).containsExactly("10:00 Micro-break: desk-a, 3 min");
        assertThat(fire()).as("the same instant again").isEmpty();
        clock.advance(Duration.ofSeconds(-40));
        assertThat(fire()).as("the clock stepped back").isEmpty();
        assertThat(schedule.nextWakeUp()).contains(at(MONDAY, 11, 0));

        setTime(11, 0);
        assertThat(fire()).containsExactly("11:00 Micro-break: desk-b, 3 min");
        assertThat(records())
                .containsExactly("MISSED 07:30", "MISSED 07:44", "FIRED 10:00", "UNANSWERED 10:00", "FIRED 11:00");
    }

    @Test
    void firesOneCatchUpAfterAJumpOfEightHoursNotEight() {
        setTime(9, 30);
        schedule.poll(clock.instant());

        clock.advance(Duration.ofHours(8));
        List<Reminder> fired = schedule.poll(clock.instant());

        assertThat(fired).hasSize(1);
        assertThat(fired.get(0).event()).isEqualTo(event(17, 0));
        assertThat(fired.get(0).lateBy()).isEqualTo(Duration.ofMinutes(30));
        assertThat(records())
                .containsExactly(
                        "MISSED 07:30",
                        "MISSED 07:44",
                        "MISSED 10:00",
                        "MISSED 11:00",
                        "MISSED 12:00",
                        "MISSED 13:00",
                        "MISSED 14:00",
                        "MISSED 15:00",
                        "MISSED 16:00",
                        "FIRED 17:00 (caught up 30 min late)");
        assertThat(schedule.poll(clock.instant())).isEmpty();
        assertThat(schedule.nextWakeUp()).contains(at(MONDAY, 21, 0));
    }

    @Test
    void firesNoCatchUpForAnEventMissedLongerAgoThanTheWindow() {
        setTime(9, 30);
        schedule.poll(clock.instant());

        setTime(18, 30);

        assertThat(fire()).isEmpty();
        assertThat(records()).endsWith("MISSED 16:00", "MISSED 17:00");
    }

    @Test
    void snoozesAShownReminderForFiveTenOrFifteenMinutesOnly() {
        setTime(10, 0);
        schedule.poll(clock.instant());
        setTime(10, 1);

        assertThat(schedule.snooze(event(10, 0), SnoozeLength.TEN_MINUTES, clock.instant()))
                .isTrue();
        assertThat(schedule.nextWakeUp()).contains(at(MONDAY, 10, 11));
        setTime(10, 5);
        assertThat(fire()).isEmpty();
        setTime(10, 11);
        List<Reminder> again = schedule.poll(clock.instant());

        assertThat(again).singleElement().satisfies(reminder -> {
            assertThat(reminder.event()).isEqualTo(event(10, 0));
            assertThat(reminder.attempt()).isEqualTo(2);
        });
        assertThat(schedule.done(event(10, 0), clock.instant())).isTrue();
        assertThat(schedule.snooze(event(10, 0), SnoozeLength.FIVE_MINUTES, clock.instant()))
                .as("a done reminder cannot be snoozed")
                .isFalse();
        assertThat(records())
                .containsExactly(
                        "MISSED 07:30",
                        "MISSED 07:44",
                        "FIRED 10:00",
                        "SNOOZED 10:00 (10 min)",
                        "FIRED 10:00",
                        "DONE 10:00");
        assertThat(SnoozeLength.ofMinutes(10)).contains(SnoozeLength.TEN_MINUTES);
        assertThat(SnoozeLength.ofMinutes(7)).isEmpty();
    }

    @Test
    void silencesWhatFallsDueDuringAPauseAndNeverFiresItLater() {
        setTime(9, 55);
        schedule.poll(clock.instant());
        schedule.pause(Duration.ofMinutes(90), clock.instant());
        assertThat(schedule.pausedUntil()).contains(at(MONDAY, 11, 25));

        setTime(11, 30); // slept through the pause without a single poll
        assertThat(fire()).isEmpty();
        assertThat(schedule.pausedUntil()).isEmpty();
        setTime(12, 0);
        assertThat(fire()).containsExactly("12:00 Micro-break: posture, 2 min");

        assertThat(records())
                .containsExactly("MISSED 07:30", "MISSED 07:44", "SILENCED 10:00", "SILENCED 11:00", "FIRED 12:00");
    }

    @Test
    void firesAnEventDueExactlyWhenAPauseEnds() {
        setTime(10, 0);
        schedule.poll(clock.instant());
        schedule.pause(Duration.ofHours(1), clock.instant());

        setTime(10, 30);
        assertThat(fire()).isEmpty();
        setTime(11, 0);
        assertThat(fire()).containsExactly("11:00 Micro-break: desk-b, 3 min");
    }

    @Test
    void resumesEarlyWithoutFiringWhatWasSilenced() {
        setTime(9, 55);
        schedule.poll(clock.instant());
        schedule.pause(Duration.ofHours(1), clock.instant());

        setTime(10, 30);
        schedule.resume(clock.instant());

        assertThat(schedule.pausedUntil()).isEmpty();
        assertThat(fire()).isEmpty();
        setTime(11, 0);
        assertThat(fire()).containsExactly("11:00 Micro-break: desk-b, 3 min");
        assertThat(records()).contains("SILENCED 10:00");
    }

    @Test
    void pausesUntilTheStartOfTheNextLocalDay() {
        setTime(14, 30);
        schedule.poll(clock.instant());
        schedule.pauseUntilNextDay(BERLIN, clock.instant());

        assertThat(schedule.pausedUntil()).contains(at(MONDAY.plusDays(1), 0, 0));
        setTime(21, 0);
        assertThat(fire()).isEmpty();
        clock.set(at(MONDAY.plusDays(1), 7, 30));
        assertThat(schedule.poll(clock.instant()))
                .singleElement()
                .satisfies(reminder -> assertThat(reminder.event().kind()).isEqualTo(EventKind.MORNING));
        assertThat(records()).contains("SILENCED 15:00", "SILENCED 17:00", "SILENCED 21:00");
    }

    @Test
    void rejectsAPauseLongerThanADay() {
        assertThatThrownBy(() -> schedule.pause(Duration.ofHours(25), clock.instant()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a pause lasts 1 minute to 24 hours, was PT25H");
    }

    @Test
    void keepsRemindingWhenANotifierFails() {
        List<String> shown = new ArrayList<>();
        Notifier broken = new Notifier() {
            @Override
            public void show(Reminder reminder) {
                throw new IllegalStateException("no display");
            }

            @Override
            public String name() {
                return "desktop";
            }
        };
        Notifier working = reminder -> shown.add(reminder.event().atText());

        setTime(10, 0);
        schedule.deliver(clock.instant(), List.of(broken, working));
        setTime(11, 0);
        List<Reminder> later = schedule.deliver(clock.instant(), List.of(broken, working));

        assertThat(later).hasSize(1);
        assertThat(shown).containsExactly("2026-03-30T10:00+02:00", "2026-03-30T11:00+02:00");
        assertThat(records())
                .containsSubsequence(
                        "FIRED 10:00",
                        "NOTIFIER_FAILED 10:00 (desktop: IllegalStateException: no display)",
                        "FIRED 11:00",
                        "NOTIFIER_FAILED 11:00 (desktop: IllegalStateException: no display)");
        assertThat(schedule.lastOutcome(event(11, 0))).contains(ReminderOutcome.FIRED);
    }

    @Test
    void closesAReminderDoneEarlyBeforeItFires() {
        assertThat(schedule.done(event(10, 0), clock.instant())).isTrue();
        assertThat(schedule.done(event(10, 0), clock.instant()))
                .as("done twice")
                .isFalse();

        setTime(10, 0);

        assertThat(fire()).isEmpty();
        assertThat(schedule.nextWakeUp()).contains(at(MONDAY, 11, 0));
    }

    @Test
    void acceptsDoneForAReminderLeftUnansweredAndSkipForAMissedOne() {
        setTime(10, 0);
        schedule.poll(clock.instant());
        setTime(11, 0);
        schedule.poll(clock.instant());
        setTime(11, 5);

        assertThat(schedule.done(event(10, 0), clock.instant())).isTrue();
        assertThat(schedule.skip(event(7, 30), clock.instant())).isTrue();
        assertThat(schedule.lastOutcome(event(10, 0))).contains(ReminderOutcome.DONE);
        assertThat(schedule.lastOutcome(event(7, 30))).contains(ReminderOutcome.SKIPPED);
    }

    @Test
    void addsTheNextDaysEventsWithoutDuplicatingThoseItHolds() {
        ReminderSchedule small = new ReminderSchedule(events.subList(0, 3));
        small.add(events);
        small.poll(at(MONDAY.plusDays(2), 0, 0));

        assertThat(small.records()).hasSize(events.size());
    }

    @Test
    void firesEventsDueAtTheSameInstantTogether() {
        PlanEvent first = event(10, 0);
        PlanEvent second = new PlanEvent(
                first.day(),
                first.at(),
                EventKind.STRETCH,
                new io.nape.core.catalogue.RoutineId("chair-stretch"),
                first.level(),
                6);
        ReminderSchedule both = new ReminderSchedule(List.of(first, second));

        assertThat(both.poll(first.instant())).hasSize(2);
    }

    @Test
    void refusesAnAnswerForAnEventItDoesNotHold() {
        PlanEvent stranger = new PlanEvent(
                MONDAY,
                event(10, 0).at().plusMinutes(1),
                EventKind.MICRO_BREAK,
                event(10, 0).routine(),
                event(10, 0).level(),
                3);

        assertThatThrownBy(() -> schedule.done(stranger, clock.instant()))
                .isInstanceOf(ReminderNotFoundException.class)
                .hasMessage("No reminder for micro-break desk-a at 2026-03-30T10:01+02:00 is planned.");
    }
}
