package io.nape.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.ExerciseId;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.diary.ExerciseResult;
import io.nape.core.diary.ExerciseStatus;
import io.nape.core.diary.SessionLog;
import io.nape.core.diary.SessionOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayProgressTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 30);
    private static final PlanEvent MORNING = event(7, 30, EventKind.MORNING, "isometric-complex");
    private static final PlanEvent TEN = event(10, 0, EventKind.MICRO_BREAK, "desk-a");
    private static final PlanEvent ELEVEN = event(11, 0, EventKind.MICRO_BREAK, "desk-b");
    private static final PlanEvent TWELVE = event(12, 0, EventKind.MICRO_BREAK, "desk-a");
    private static final PlanEvent EVENING = event(21, 0, EventKind.EVENING, "isometric-complex");
    private static final List<PlanEvent> DAY = List.of(MORNING, TEN, ELEVEN, TWELVE, EVENING);

    @Test
    void marksPassedEventsMissedAndTheFirstToComeNext() {
        List<EventProgress> progress = DayProgress.of(DAY, List.of(), List.of(), at(11, 15));

        assertThat(progress)
                .extracting(EventProgress::state)
                .containsExactly(
                        EventProgress.State.MISSED,
                        EventProgress.State.MISSED,
                        EventProgress.State.NEXT,
                        EventProgress.State.LATER,
                        EventProgress.State.LATER);
    }

    @Test
    void countsASessionForTheNearestEventOfItsRoutine() {
        SessionLog lateDeskA = session("desk-a", at(12, 10), SessionOutcome.COMPLETED);

        List<EventProgress> progress = DayProgress.of(DAY, List.of(lateDeskA), List.of(), at(12, 30));

        assertThat(stateOf(progress, TEN)).isEqualTo(EventProgress.State.MISSED);
        assertThat(stateOf(progress, TWELVE)).isEqualTo(EventProgress.State.DONE);
        assertThat(stateOf(progress, EVENING)).isEqualTo(EventProgress.State.NEXT);
    }

    @Test
    void countsOneSessionForOneEventOnly() {
        SessionLog morning = session("isometric-complex", at(7, 40), SessionOutcome.COMPLETED);

        List<EventProgress> progress = DayProgress.of(DAY, List.of(morning), List.of(), at(8, 0));

        assertThat(stateOf(progress, MORNING)).isEqualTo(EventProgress.State.DONE);
        assertThat(stateOf(progress, EVENING)).isEqualTo(EventProgress.State.LATER);
    }

    @Test
    void ignoresASessionQuitBeforeAnyExerciseAndOneFarTooEarly() {
        SessionLog quitAtOnce = session("desk-a", at(10, 0), SessionOutcome.QUIT);
        SessionLog dawn = session("desk-b", at(5, 0), SessionOutcome.COMPLETED);

        List<EventProgress> progress = DayProgress.of(DAY, List.of(quitAtOnce, dawn), List.of(), at(10, 10));

        assertThat(stateOf(progress, TEN)).isEqualTo(EventProgress.State.NEXT);
        assertThat(stateOf(progress, ELEVEN)).isEqualTo(EventProgress.State.LATER);
    }

    @Test
    void takesTheAnswersToRemindersAsSettled() {
        List<ReminderRecord> records = List.of(
                new ReminderRecord(TEN, ReminderOutcome.FIRED, at(10, 0), ""),
                new ReminderRecord(TEN, ReminderOutcome.SKIPPED, at(10, 1), ""),
                new ReminderRecord(ELEVEN, ReminderOutcome.DONE, at(11, 0), ""));
        SessionLog startedFromTheReminder = session("desk-b", at(11, 1), SessionOutcome.COMPLETED);

        List<EventProgress> progress = DayProgress.of(DAY, List.of(startedFromTheReminder), records, at(11, 10));

        assertThat(stateOf(progress, TEN)).isEqualTo(EventProgress.State.SKIPPED);
        assertThat(stateOf(progress, ELEVEN)).isEqualTo(EventProgress.State.DONE);
        assertThat(stateOf(progress, TWELVE)).isEqualTo(EventProgress.State.NEXT);
    }

    @Test
    void neverMarksDoneASessionStoppedForPain() {
        SessionLog hurt = session("desk-a", at(10, 2), SessionOutcome.STOPPED_FOR_PAIN, 0);

        List<EventProgress> progress = DayProgress.of(DAY, List.of(hurt), List.of(), at(10, 45));

        assertThat(stateOf(progress, TEN)).isEqualTo(EventProgress.State.STOPPED);
        assertThat(stateOf(progress, ELEVEN)).isEqualTo(EventProgress.State.NEXT);
    }

    @Test
    void neverMarksDoneASessionStoppedForPainEvenAfterSomeExercises() {
        SessionLog hurt = session("desk-a", at(10, 2), SessionOutcome.STOPPED_FOR_PAIN, 3);

        assertThat(stateOf(DayProgress.of(DAY, List.of(hurt), List.of(), at(10, 45)), TEN))
                .isEqualTo(EventProgress.State.STOPPED);
    }

    @Test
    void neverMarksDoneASessionWithNoExerciseCompleted() {
        SessionLog allSkipped = session("desk-a", at(10, 2), SessionOutcome.SKIPPED_PARTS, 0);
        SessionLog quitAfterNone = session("desk-b", at(11, 0), SessionOutcome.QUIT, 0);

        List<EventProgress> progress = DayProgress.of(DAY, List.of(allSkipped, quitAfterNone), List.of(), at(11, 45));

        assertThat(stateOf(progress, TEN)).isEqualTo(EventProgress.State.STOPPED);
        assertThat(stateOf(progress, ELEVEN)).isEqualTo(EventProgress.State.MISSED);
    }

    @Test
    void givesTheStateOfTheSessionAReminderStartedToItsEvent() {
        // The reminder of 10:00 answered with start at 10:05; the session it started stopped for pain at once.
        List<ReminderRecord> records = List.of(
                new ReminderRecord(TEN, ReminderOutcome.FIRED, at(10, 0), ""),
                new ReminderRecord(TEN, ReminderOutcome.DONE, at(10, 5), ""));
        SessionLog hurt = session("desk-a", at(10, 6), SessionOutcome.STOPPED_FOR_PAIN, 0);

        List<EventProgress> progress = DayProgress.of(DAY, List.of(hurt), records, at(10, 50));

        assertThat(stateOf(progress, TEN)).isEqualTo(EventProgress.State.STOPPED);
    }

    @Test
    void letsALaterSessionDoWhatAStoppedOneCouldNot() {
        SessionLog hurt = session("desk-a", at(10, 2), SessionOutcome.STOPPED_FOR_PAIN, 0);
        SessionLog again = session("desk-a", at(10, 20), SessionOutcome.COMPLETED);

        List<EventProgress> progress = DayProgress.of(DAY, List.of(again, hurt), List.of(), at(10, 50));

        assertThat(stateOf(progress, TEN)).isEqualTo(EventProgress.State.DONE);
        assertThat(stateOf(progress, TWELVE)).isEqualTo(EventProgress.State.LATER);
    }

    @Test
    void settlesNothingWithAnAnswerToStartAndNoSession() {
        List<ReminderRecord> records = List.of(new ReminderRecord(ELEVEN, ReminderOutcome.DONE, at(11, 0), ""));

        assertThat(stateOf(DayProgress.of(DAY, List.of(), records, at(11, 5)), ELEVEN))
                .isEqualTo(EventProgress.State.NEXT);
        assertThat(stateOf(DayProgress.of(DAY, List.of(), records, at(11, 45)), ELEVEN))
                .isEqualTo(EventProgress.State.MISSED);
    }

    @Test
    void creditsTheEventWhoseReminderStartedTheSessionHoweverLate() {
        // The 10:00 reminder was snoozed and answered with start at 11:50: the session of 11:51 answers
        // 10:00, although 12:00 is nearer, which stays to do.
        List<ReminderRecord> records = List.of(new ReminderRecord(TEN, ReminderOutcome.DONE, at(11, 50), ""));
        SessionLog late = session("desk-a", at(11, 51), SessionOutcome.COMPLETED);

        List<EventProgress> progress = DayProgress.of(DAY, List.of(late), records, at(11, 58));

        assertThat(stateOf(progress, TEN)).isEqualTo(EventProgress.State.DONE);
        assertThat(stateOf(progress, TWELVE)).isEqualTo(EventProgress.State.NEXT);
    }

    @Test
    void neverCreditsASessionToAnUnrelatedEarlierEvent() {
        // desk-a at 14:00 is two hours after the last desk-a event: it answers none of them.
        SessionLog afternoon = session("desk-a", at(14, 0), SessionOutcome.COMPLETED);

        List<EventProgress> progress = DayProgress.of(DAY, List.of(afternoon), List.of(), at(14, 10));

        assertThat(stateOf(progress, TEN)).isEqualTo(EventProgress.State.MISSED);
        assertThat(stateOf(progress, TWELVE)).isEqualTo(EventProgress.State.MISSED);
    }

    @Test
    void creditsASessionUpToAnHourAfterItsEventAndNoLater() {
        SessionLog withinTheHour = session("desk-a", at(13, 0), SessionOutcome.COMPLETED);
        SessionLog pastTheHour = session("desk-a", at(13, 1), SessionOutcome.COMPLETED);

        assertThat(stateOf(DayProgress.of(DAY, List.of(withinTheHour), List.of(), at(13, 5)), TWELVE))
                .isEqualTo(EventProgress.State.DONE);
        assertThat(stateOf(DayProgress.of(DAY, List.of(pastTheHour), List.of(), at(13, 5)), TWELVE))
                .isEqualTo(EventProgress.State.MISSED);
    }

    @Test
    void showsNothingBeforeThePersonBeganAsMissed() {
        // A new person: the first thing recorded at 11:05. 07:30 and 10:00 passed before; 11:00 is still
        // within its grace; 12:00 passes after they began.
        Instant began = at(11, 5);

        List<EventProgress> atQuarterPast = DayProgress.of(DAY, List.of(), List.of(), began, at(11, 15));
        List<EventProgress> afterTwelve = DayProgress.of(DAY, List.of(), List.of(), began, at(12, 40));

        assertThat(atQuarterPast)
                .extracting(EventProgress::state)
                .containsExactly(
                        EventProgress.State.BEFORE_START,
                        EventProgress.State.BEFORE_START,
                        EventProgress.State.NEXT,
                        EventProgress.State.LATER,
                        EventProgress.State.LATER);
        assertThat(afterTwelve)
                .extracting(EventProgress::state)
                .containsExactly(
                        EventProgress.State.BEFORE_START,
                        EventProgress.State.BEFORE_START,
                        EventProgress.State.BEFORE_START,
                        EventProgress.State.MISSED,
                        EventProgress.State.NEXT);
    }

    @Test
    void stillCreditsASessionToAnEventBeforeThePersonBegan() {
        SessionLog first = session("isometric-complex", at(7, 40), SessionOutcome.COMPLETED);

        assertThat(stateOf(DayProgress.of(DAY, List.of(first), List.of(), at(7, 40), at(9, 0)), MORNING))
                .isEqualTo(EventProgress.State.DONE);
    }

    private static EventProgress.State stateOf(List<EventProgress> progress, PlanEvent event) {
        return progress.stream()
                .filter(item -> item.event().equals(event))
                .findFirst()
                .orElseThrow()
                .state();
    }

    private static SessionLog session(String routine, Instant startedAt, SessionOutcome outcome) {
        return session(routine, startedAt, outcome, outcome == SessionOutcome.QUIT ? 0 : 1);
    }

    private static SessionLog session(String routine, Instant startedAt, SessionOutcome outcome, int completed) {
        List<ExerciseResult> exercises = new ArrayList<>();
        for (int position = 0; position < 5; position++) {
            exercises.add(new ExerciseResult(
                    position,
                    new ExerciseId("exercise-" + position),
                    position < completed ? ExerciseStatus.COMPLETED : ExerciseStatus.NOT_STARTED));
        }
        return new SessionLog(
                null,
                new RoutineId(routine),
                DosageLevel.STANDARD,
                startedAt,
                startedAt.plusSeconds(300),
                outcome,
                exercises);
    }

    private static PlanEvent event(int hour, int minute, EventKind kind, String routine) {
        return new PlanEvent(
                MONDAY,
                ZonedDateTime.of(MONDAY, LocalTime.of(hour, minute), BERLIN).toOffsetDateTime(),
                kind,
                new RoutineId(routine),
                DosageLevel.STANDARD,
                5);
    }

    private static Instant at(int hour, int minute) {
        return ZonedDateTime.of(MONDAY, LocalTime.of(hour, minute), BERLIN).toInstant();
    }
}
