package io.nape.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.presence.PresenceReading;
import io.nape.core.presence.PresenceRules;
import io.nape.core.presence.PresenceState;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schedule bent to where the person is: a fake presence and a fake clock, the default rules. */
class ReminderSchedulePresenceTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 30);
    private static final Duration HOURLY = Duration.ofMinutes(60);

    private final Settings settings = Settings.defaults(BERLIN).withWork(LocalTime.of(9, 0), LocalTime.of(18, 0), null);
    /** Monday, no lunch: 07:30 morning, 07:44 stretch, micro-breaks 10:00 to 17:00 every hour, 21:00 evening. */
    private final List<PlanEvent> events = new PlanEngine(FixedRoutineLengths.everyRoutine())
            .plan(settings, MONDAY, MONDAY)
            .events();

    private final ReminderSchedule schedule = new ReminderSchedule(events);
    private PresenceRules rules = PresenceRules.ofMinutes(5, 30);
    private int recordedAtStart;

    private static Instant at(int hour, int minute) {
        return ZonedDateTime.of(MONDAY, LocalTime.of(hour, minute), BERLIN).toInstant();
    }

    private ReminderSchedule.Presence presence(PresenceState state, int sinceHour, int sinceMinute) {
        return new ReminderSchedule.Presence(
                new PresenceReading(state, at(sinceHour, sinceMinute), "fake"), rules, HOURLY);
    }

    /** Poll at a time with a presence; the fired reminders as "HH:mm". */
    private List<String> poll(int hour, int minute, ReminderSchedule.Presence presence) {
        return schedule.poll(at(hour, minute), presence).stream()
                .map(reminder -> reminder.event().atText().substring(11, 16))
                .toList();
    }

    /** What was recorded after the start of the day. */
    private List<String> records() {
        return schedule.records().stream()
                .skip(recordedAtStart)
                .map(record -> record.outcome() + " " + record.event().atText().substring(11, 16)
                        + (record.detail().isEmpty() ? "" : " (" + record.detail() + ")"))
                .toList();
    }

    /** The schedule's first look, a little after the last event before the test's: it settles what came before. */
    private void startTheDayAt(int hour, int minute) {
        schedule.poll(at(hour, minute), presence(PresenceState.PRESENT, 9, 0));
        recordedAtStart = schedule.records().size();
    }

    @Test
    void awayTwentyMinutesOverABreakIsANaturalBreakAndTheNextBreakComesAFullHourAfterTheReturn() {
        startTheDayAt(9, 30);
        // Away from 09:50 to 10:10: the 10:00 break is the natural break, nothing is shown.
        assertThat(poll(10, 0, presence(PresenceState.AWAY, 9, 50))).isEmpty();
        assertThat(records()).containsExactly("NATURAL_BREAK 10:00 (fake)");

        assertThat(poll(10, 10, presence(PresenceState.PRESENT, 10, 10))).isEmpty();
        assertThat(schedule.nextWakeUp())
                .as("the 11:00 break moves to an hour after the return")
                .contains(at(11, 10));
        assertThat(poll(11, 0, presence(PresenceState.PRESENT, 10, 10))).isEmpty();
        assertThat(poll(11, 10, presence(PresenceState.PRESENT, 10, 10))).containsExactly("11:00");
        assertThat(poll(12, 0, presence(PresenceState.PRESENT, 10, 10)))
                .as("the breaks after it keep their times")
                .containsExactly("12:00");
    }

    @Test
    void aShortAbsenceHoldsTheBreakAndItIsShownOnceOnTheReturn() {
        startTheDayAt(9, 30);
        assertThat(poll(10, 0, presence(PresenceState.AWAY, 9, 58))).isEmpty();
        assertThat(schedule.nextWakeUp())
                .as("a held reminder is looked at again within 30 s")
                .contains(at(10, 0).plus(PresenceRules.RECHECK));
        assertThat(poll(10, 1, presence(PresenceState.PRESENT, 10, 1))).containsExactly("10:00");
        assertThat(poll(10, 2, presence(PresenceState.PRESENT, 10, 1)))
                .as("once")
                .isEmpty();
        assertThat(records()).containsExactly("FIRED 10:00 (caught up 1 min late)");
        assertThat(schedule.nextWakeUp()).contains(at(11, 0));
    }

    @Test
    void aBreakHeldWhileAwayBecomesANaturalBreakOnceTheAbsenceIsLongEnough() {
        startTheDayAt(9, 30);
        assertThat(poll(10, 0, presence(PresenceState.AWAY, 9, 57))).isEmpty();
        assertThat(poll(10, 1, presence(PresenceState.AWAY, 9, 57))).isEmpty();
        assertThat(poll(10, 2, presence(PresenceState.AWAY, 9, 57))).isEmpty();
        assertThat(records()).containsExactly("NATURAL_BREAK 10:00 (fake)");
    }

    @Test
    void nothingIsShownDuringAFortyFiveMinuteMeetingAndTheBreakIsSkippedAsBusyPastTheLimit() {
        startTheDayAt(10, 30);
        for (int minute = 0; minute <= 30; minute += 5) {
            assertThat(poll(11, minute, presence(PresenceState.IN_CALL, 10, 55)))
                    .isEmpty();
        }
        assertThat(records()).isEmpty();
        assertThat(poll(11, 31, presence(PresenceState.IN_CALL, 10, 55))).isEmpty();
        assertThat(poll(11, 40, presence(PresenceState.PRESENT, 11, 40)))
                .as("after the meeting")
                .isEmpty();
        assertThat(records()).containsExactly("SKIPPED_BUSY 11:00 (in-call)");
        assertThat(poll(12, 0, presence(PresenceState.PRESENT, 11, 40))).containsExactly("12:00");
    }

    @Test
    void withALongerLimitTheBreakHeldThroughTheMeetingIsShownOnceAfterIt() {
        rules = PresenceRules.ofMinutes(5, 60);
        startTheDayAt(10, 30);
        assertThat(poll(11, 0, presence(PresenceState.IN_CALL, 10, 55))).isEmpty();
        assertThat(poll(11, 20, presence(PresenceState.DO_NOT_DISTURB, 11, 15))).isEmpty();
        assertThat(poll(11, 40, presence(PresenceState.PRESENT, 11, 40))).containsExactly("11:00");
        assertThat(records())
                .as("the 10:00 reminder shown at the start is left unanswered")
                .containsExactly("UNANSWERED 10:00", "FIRED 11:00 (caught up 40 min late)");
    }

    @Test
    void ofSeveralHeldRemindersOnlyTheLatestIsShown() {
        rules = PresenceRules.ofMinutes(5, 120);
        startTheDayAt(10, 30);
        assertThat(poll(11, 0, presence(PresenceState.FULL_SCREEN, 10, 45))).isEmpty();
        assertThat(poll(12, 0, presence(PresenceState.FULL_SCREEN, 10, 45))).isEmpty();
        assertThat(poll(12, 5, presence(PresenceState.PRESENT, 12, 5))).containsExactly("12:00");
        assertThat(records())
                .containsExactly("MISSED 11:00 (superseded)", "UNANSWERED 10:00", "FIRED 12:00 (caught up 5 min late)");
    }

    @Test
    void theEveningSessionWaitsForTheScreenToBeUnlockedAndIsMissedAfterTwoHours() {
        startTheDayAt(20, 0);
        assertThat(poll(21, 0, presence(PresenceState.LOCKED, 20, 30))).isEmpty();
        assertThat(poll(22, 0, presence(PresenceState.LOCKED, 20, 30))).isEmpty();
        assertThat(poll(22, 10, presence(PresenceState.PRESENT, 22, 10))).containsExactly("21:00");

        ReminderSchedule later = new ReminderSchedule(events);
        later.poll(at(20, 0), presence(PresenceState.PRESENT, 9, 0));
        assertThat(later.poll(at(21, 0), presence(PresenceState.LOCKED, 20, 30)))
                .isEmpty();
        assertThat(later.poll(at(23, 0), presence(PresenceState.LOCKED, 20, 30)))
                .isEmpty();
        assertThat(later.records().stream()
                        .filter(record -> record.event().kind() == EventKind.EVENING)
                        .map(record -> record.outcome() + " " + record.detail()))
                .containsExactly("MISSED away");
    }

    @Test
    void afterAnEightHourSuspendAtMostOneReminderIsShown() {
        startTheDayAt(9, 30);
        assertThat(poll(17, 30, presence(PresenceState.PRESENT, 17, 30))).containsExactly("17:00");
        assertThat(records())
                .containsExactly(
                        "MISSED 10:00",
                        "MISSED 11:00",
                        "MISSED 12:00",
                        "MISSED 13:00",
                        "MISSED 14:00",
                        "MISSED 15:00",
                        "MISSED 16:00",
                        "FIRED 17:00 (caught up 30 min late)");
    }

    @Test
    void withThePersonPresentTheScheduleIsTheSameAsWithoutPresence() {
        ReminderSchedule plain = new ReminderSchedule(events);
        for (int hour = 9; hour <= 22; hour++) {
            for (int minute = 0; minute < 60; minute += 20) {
                List<Reminder> withPresence = schedule.poll(at(hour, minute), presence(PresenceState.PRESENT, 9, 0));
                assertThat(withPresence).isEqualTo(plain.poll(at(hour, minute)));
            }
        }
        assertThat(schedule.records()).isEqualTo(plain.records());
    }

    @Test
    void aNewPlanReplacesOnlyTheEventsStillToComeAndNeverFiresOneInThePast() {
        startTheDayAt(10, 0);
        schedule.poll(at(10, 0));
        List<PlanEvent> everyHalfHour = new PlanEngine(FixedRoutineLengths.everyRoutine())
                .plan(settings.withBreakEveryMinutes(30), MONDAY, MONDAY)
                .events();
        schedule.replan(everyHalfHour, List.of(MONDAY), BERLIN, at(10, 40));

        assertThat(schedule.poll(at(10, 40)))
                .as("10:30 of the new plan is past: not shown")
                .isEmpty();
        assertThat(schedule.nextWakeUp()).contains(at(11, 0));
        assertThat(schedule.poll(at(11, 0))).hasSize(1);
        assertThat(schedule.nextWakeUp()).as("the new plan's next break").contains(at(11, 30));
        assertThat(schedule.records().stream()
                        .map(record ->
                                record.outcome() + " " + record.event().atText().substring(11, 16)))
                .as("what was shown before stays recorded")
                .contains("FIRED 10:00");
    }
}
