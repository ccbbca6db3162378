package io.nape.store.persistence.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.person.PersonId;
import io.nape.core.plan.EventKind;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.ReminderOutcome;
import io.nape.core.plan.ReminderRecord;
import io.nape.core.plan.ReminderRepository;
import io.nape.store.persistence.Database;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every reminder repository does, whatever database holds it. */
abstract class ReminderRepositoryContract {
    private static final PlanEvent TEN_O_CLOCK = new PlanEvent(
            LocalDate.of(2026, 3, 30),
            OffsetDateTime.parse("2026-03-30T10:00+02:00"),
            EventKind.MICRO_BREAK,
            new RoutineId("desk-a"),
            DosageLevel.STANDARD,
            9);
    private static final PlanEvent NIGHT_SHIFT_BREAK = new PlanEvent(
            LocalDate.of(2026, 3, 30),
            OffsetDateTime.parse("2026-03-31T01:00-04:00"),
            EventKind.MICRO_BREAK,
            new RoutineId("posture"),
            DosageLevel.GENTLE,
            2);

    private Database database;
    private ReminderRepository repository;

    abstract Database openDatabase();

    @BeforeEach
    void open() {
        database = openDatabase();
        repository = new JdbcReminderRepository(database, PersonId.LOCAL);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void keepsRecordsInTheOrderTheyHappenedWithTheirWholeEvent() {
        Instant ten = TEN_O_CLOCK.instant();
        List<ReminderRecord> records = List.of(
                new ReminderRecord(TEN_O_CLOCK, ReminderOutcome.FIRED, ten, ""),
                new ReminderRecord(TEN_O_CLOCK, ReminderOutcome.SNOOZED, ten.plusSeconds(20), "10 min"),
                new ReminderRecord(NIGHT_SHIFT_BREAK, ReminderOutcome.MISSED, ten.plusSeconds(60), ""),
                new ReminderRecord(TEN_O_CLOCK, ReminderOutcome.DONE, ten.plusSeconds(660), ""));

        repository.append(records.subList(0, 2));
        repository.append(records.subList(2, 4));

        assertThat(repository.findForEventsBetween(ten, ten.plusSeconds(86_400)))
                .containsExactlyElementsOf(records);
    }

    @Test
    void findsOnlyRecordsOfEventsPlannedInTheRange() {
        Instant ten = TEN_O_CLOCK.instant();
        repository.append(List.of(
                new ReminderRecord(TEN_O_CLOCK, ReminderOutcome.FIRED, ten, ""),
                new ReminderRecord(NIGHT_SHIFT_BREAK, ReminderOutcome.FIRED, NIGHT_SHIFT_BREAK.instant(), "")));

        assertThat(repository.findForEventsBetween(ten, ten.plusMillis(1)))
                .extracting(ReminderRecord::event)
                .containsExactly(TEN_O_CLOCK);
        assertThat(repository.findForEventsBetween(ten.plusMillis(1), NIGHT_SHIFT_BREAK.instant()))
                .isEmpty();
    }

    @Test
    void setsMovesAndEndsThePause() {
        Instant eleven = Instant.parse("2026-03-30T09:00:00Z");
        assertThat(repository.pausedUntil()).isEmpty();

        repository.pauseUntil(eleven);
        assertThat(repository.pausedUntil()).contains(eleven);

        repository.pauseUntil(eleven.plusSeconds(1800));
        assertThat(repository.pausedUntil()).contains(eleven.plusSeconds(1800));

        repository.resume();
        assertThat(repository.pausedUntil()).isEmpty();
    }

    @Test
    void findsEveryRecordInTheOrderItWasAppended() {
        Instant ten = TEN_O_CLOCK.instant();
        List<ReminderRecord> records = List.of(
                new ReminderRecord(NIGHT_SHIFT_BREAK, ReminderOutcome.FIRED, NIGHT_SHIFT_BREAK.instant(), ""),
                new ReminderRecord(TEN_O_CLOCK, ReminderOutcome.NOTIFIER_FAILED, ten, "desktop"));
        assertThat(repository.findAll()).isEmpty();

        repository.append(records.subList(0, 1));
        repository.append(records.subList(1, 2));

        assertThat(repository.findAll()).containsExactlyElementsOf(records);
    }

    @Test
    void findsRecordsOfChosenOutcomesAsFilteringEveryRecordWould() {
        Random random = new Random(20261125);
        List<PlanEvent> events = List.of(TEN_O_CLOCK, NIGHT_SHIFT_BREAK);
        List<ReminderRecord> records = new ArrayList<>();
        for (int index = 0; index < 80; index++) {
            PlanEvent event = events.get(random.nextInt(events.size()));
            records.add(new ReminderRecord(
                    event,
                    ReminderOutcome.values()[random.nextInt(ReminderOutcome.values().length)],
                    event.instant().plusSeconds(random.nextInt(7200) - 3600L),
                    index % 3 == 0 ? "10 min" : ""));
        }
        repository.append(records);
        Instant from = TEN_O_CLOCK.instant();
        Instant to = NIGHT_SHIFT_BREAK.instant().plusMillis(1);

        for (Set<ReminderOutcome> outcomes : List.of(
                EnumSet.of(ReminderOutcome.DONE, ReminderOutcome.SKIPPED),
                EnumSet.of(ReminderOutcome.NOTIFIER_FAILED),
                EnumSet.allOf(ReminderOutcome.class),
                EnumSet.noneOf(ReminderOutcome.class))) {
            assertThat(repository.findForEventsBetween(from, to, outcomes))
                    .as("%s", outcomes)
                    .containsExactlyElementsOf(records.stream()
                            .filter(record -> outcomes.contains(record.outcome()))
                            .toList());
        }
        assertThat(repository.findForEventsBetween(from, from.plusMillis(1), EnumSet.allOf(ReminderOutcome.class)))
                .extracting(ReminderRecord::event)
                .containsOnly(TEN_O_CLOCK);
    }

    @Test
    void findsWhenTheFirstRecordOfAnEventInTheRangeWasMade() {
        Instant ten = TEN_O_CLOCK.instant();
        assertThat(repository.findFirstRecordedForEventsBetween(ten, ten.plusSeconds(86_400)))
                .isEmpty();
        repository.append(List.of(
                new ReminderRecord(TEN_O_CLOCK, ReminderOutcome.FIRED, ten.plusSeconds(30), ""),
                new ReminderRecord(TEN_O_CLOCK, ReminderOutcome.DONE, ten.minusSeconds(90), ""),
                new ReminderRecord(NIGHT_SHIFT_BREAK, ReminderOutcome.FIRED, ten.minusSeconds(600), "")));

        assertThat(repository.findFirstRecordedForEventsBetween(ten, ten.plusMillis(1)))
                .contains(ten.minusSeconds(90));
        assertThat(repository.findFirstRecordedForEventsBetween(
                        ten, NIGHT_SHIFT_BREAK.instant().plusMillis(1)))
                .contains(ten.minusSeconds(600));
        assertThat(repository.findFirstRecordedForEventsBetween(ten.plusMillis(1), NIGHT_SHIFT_BREAK.instant()))
                .isEmpty();
    }

    @Test
    void keepsEachPersonsRecordsAndPauseApart() {
        ReminderRepository other = new JdbcReminderRepository(database, new PersonId("someone-else"));
        Instant ten = TEN_O_CLOCK.instant();
        ReminderRecord mine = new ReminderRecord(TEN_O_CLOCK, ReminderOutcome.DONE, ten.plusSeconds(60), "");
        ReminderRecord theirs = new ReminderRecord(TEN_O_CLOCK, ReminderOutcome.FIRED, ten, "theirs");

        repository.append(List.of(mine));
        other.append(List.of(theirs));
        other.pauseUntil(ten.plusSeconds(3_600));

        Instant dayAfter = ten.plusSeconds(86_400);
        assertThat(repository.findAll()).containsExactly(mine);
        assertThat(repository.findForEventsBetween(ten, dayAfter)).containsExactly(mine);
        assertThat(repository.findForEventsBetween(ten, dayAfter, EnumSet.allOf(ReminderOutcome.class)))
                .containsExactly(mine);
        assertThat(repository.findFirstRecordedForEventsBetween(ten, dayAfter)).contains(ten.plusSeconds(60));
        assertThat(repository.pausedUntil()).isEmpty();
        assertThat(other.findAll()).containsExactly(theirs);

        repository.pauseUntil(ten.plusSeconds(600));
        assertThat(other.pausedUntil()).contains(ten.plusSeconds(3_600));
        repository.resume();
        assertThat(repository.pausedUntil()).isEmpty();
        assertThat(other.pausedUntil()).contains(ten.plusSeconds(3_600));
    }
}
