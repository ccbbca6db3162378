package io.nape.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.diary.SessionLog;
import io.nape.core.diary.SessionOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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

        List<EventProgress> progress = DayProgress.of(DAY, List.of(), records, at(11, 5));

        assertThat(stateOf(progress, TEN)).isEqualTo(EventProgress.State.SKIPPED);
        assertThat(stateOf(progress, ELEVEN)).isEqualTo(EventProgress.State.DONE);
        assertThat(stateOf(progress, TWELVE)).isEqualTo(EventProgress.State.NEXT);
    }

    private static EventProgress.State stateOf(List<EventProgress> progress, PlanEvent event) {
        return progress.stream()
                .filter(item -> item.event().equals(event))
                .findFirst()
                .orElseThrow()
                .state();
    }

    private static SessionLog session(String routine, Instant startedAt, SessionOutcome outcome) {
        return new SessionLog(
                null,
                new RoutineId(routine),
                DosageLevel.STANDARD,
                startedAt,
                startedAt.plusSeconds(300),
                outcome,
                List.of());
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
