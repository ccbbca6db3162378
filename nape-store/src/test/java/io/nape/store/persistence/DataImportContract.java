package io.nape.store.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.ExerciseId;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.diary.ExerciseResult;
import io.nape.core.diary.ExerciseStatus;
import io.nape.core.diary.PainArea;
import io.nape.core.diary.PainCharacter;
import io.nape.core.diary.PainEntry;
import io.nape.core.diary.SessionLog;
import io.nape.core.diary.SessionOutcome;
import io.nape.core.plan.EventKind;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.ReminderOutcome;
import io.nape.core.plan.ReminderRecord;
import io.nape.core.plan.Settings;
import io.nape.core.programme.PainAboveMean;
import io.nape.core.programme.Proposal;
import io.nape.core.programme.ProposalDecision;
import io.nape.core.programme.ProposalId;
import io.nape.core.programme.ProposalKind;
import io.nape.core.safety.Screening;
import io.nape.core.safety.Sign;
import io.nape.core.safety.SymptomReport;
import io.nape.store.persistence.diary.JdbcPainEntryRepository;
import io.nape.store.persistence.diary.JdbcSessionLogRepository;
import io.nape.store.persistence.plan.JdbcReminderRepository;
import io.nape.store.persistence.plan.JdbcSettingsRepository;
import io.nape.store.persistence.programme.JdbcProgrammeDecisionRepository;
import io.nape.store.persistence.psfs.JdbcPsfsRepository;
import io.nape.store.persistence.safety.JdbcScreeningRepository;
import io.nape.store.safety.TriageRulesLoader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a restore and a merge do, whatever database holds the data. */
abstract class DataImportContract {
    private static final Instant MONDAY = Instant.parse("2026-03-30T08:15:30.250Z");

    private Database database;
    private DataImport dataImport;

    abstract Database openDatabase();

    @BeforeEach
    void open() {
        database = openDatabase();
        dataImport = new DataImport(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static StoredData aYearInMiniature() {
        SymptomReport report = SymptomReport.builder()
                .age(41)
                .painLevel(5)
                .daysSinceOnset(2.5)
                .signs(Sign.HEADACHE)
                .build();
        PlanEvent event = new PlanEvent(
                LocalDate.of(2026, 3, 30),
                OffsetDateTime.parse("2026-03-30T10:00+02:00"),
                EventKind.MICRO_BREAK,
                new RoutineId("desk-a"),
                DosageLevel.STANDARD,
                9);
        return new StoredData(
                Settings.defaults(ZoneId.of("Europe/Berlin")),
                MONDAY.plusSeconds(7200),
                List.of(
                        new Screening(
                                5L, MONDAY, report, TriageRulesLoader.bundled().assess(report)),
                        new Screening(
                                9L,
                                MONDAY.plusSeconds(60),
                                SymptomReport.empty(),
                                TriageRulesLoader.bundled().assess(SymptomReport.empty()))),
                List.of(
                        new PainEntry(3L, MONDAY, 4, EnumSet.of(PainArea.NECK), Set.of(), null, ""),
                        new PainEntry(
                                100L,
                                MONDAY.plusSeconds(3600),
                                6,
                                EnumSet.of(PainArea.ARMS, PainArea.BACK_OF_HEAD),
                                EnumSet.of(PainCharacter.SHOOTING),
                                2,
                                "after a long call, \"bad\"")),
                List.of(new SessionLog(
                        7L,
                        new RoutineId("desk-a"),
                        DosageLevel.GENTLE,
                        MONDAY,
                        MONDAY.plusSeconds(300),
                        SessionOutcome.COMPLETED,
                        List.of(new ExerciseResult(0, new ExerciseId("forehead-press"), ExerciseStatus.COMPLETED)))),
                List.of(
                        new ReminderRecord(event, ReminderOutcome.FIRED, event.instant(), ""),
                        new ReminderRecord(
                                event, ReminderOutcome.DONE, event.instant().plusSeconds(30), "")),
                List.of(),
                List.of(ProposalDecision.declined(
                        new Proposal(
                                ProposalId.of(ProposalKind.STEP_DOWN, MONDAY.plusSeconds(3600)),
                                MONDAY.plusSeconds(3600),
                                ProposalKind.STEP_DOWN,
                                DosageLevel.STANDARD,
                                DosageLevel.GENTLE,
                                new PainAboveMean(MONDAY.plusSeconds(3600), 6, 1, 4)),
                        MONDAY.plusSeconds(3700))));
    }

    private StoredData readAll() {
        JdbcReminderRepository reminders = new JdbcReminderRepository(database.jdbi());
        return new StoredData(
                new JdbcSettingsRepository(database.jdbi()).find().orElse(null),
                reminders.pausedUntil().orElse(null),
                new JdbcScreeningRepository(database.jdbi()).findAll(),
                new JdbcPainEntryRepository(database.jdbi()).findAll(),
                new JdbcSessionLogRepository(database.jdbi()).findAll(),
                reminders.findAll(),
                new JdbcPsfsRepository(database.jdbi()).findAll(),
                new JdbcProgrammeDecisionRepository(database.jdbi()).findAll());
    }

    @Test
    void restoresEveryRecordWithItsIdsAndTimes() {
        StoredData data = aYearInMiniature();
        assertThat(dataImport.isEmpty()).isTrue();

        dataImport.restore(data);

        assertThat(readAll()).isEqualTo(data);
        assertThat(dataImport.isEmpty()).isFalse();
    }

    @Test
    void givesRecordsSavedAfterARestoreNewIds() {
        dataImport.restore(aYearInMiniature());

        PainEntry next = new JdbcPainEntryRepository(database.jdbi())
                .save(new PainEntry(null, MONDAY, 1, Set.of(), Set.of(), null, ""));
        Screening check = new JdbcScreeningRepository(database.jdbi())
                .save(new Screening(
                        null,
                        MONDAY,
                        SymptomReport.empty(),
                        TriageRulesLoader.bundled().assess(SymptomReport.empty())));

        assertThat(next.id()).isGreaterThan(100L);
        assertThat(check.id()).isGreaterThan(9L);
    }

    @Test
    void refusesToRestoreIntoAStoreThatHoldsData() {
        new JdbcPainEntryRepository(database.jdbi()).save(new PainEntry(null, MONDAY, 1, Set.of(), Set.of(), null, ""));

        assertThatThrownBy(() -> dataImport.restore(aYearInMiniature())).isInstanceOf(StoreNotEmptyException.class);

        assertThat(readAll().painEntries()).hasSize(1);
        assertThat(readAll().settings()).isNull();
    }

    @Test
    void writesNothingWhenOneRecordCannotBeWritten() {
        StoredData good = aYearInMiniature();
        PainEntry first = good.painEntries().get(0);
        StoredData clashingIds = new StoredData(
                good.settings(),
                good.pausedUntil(),
                good.screenings(),
                List.of(first, first.withAt(MONDAY.plusSeconds(5))),
                good.sessionLogs(),
                good.reminders());

        assertThatThrownBy(() -> dataImport.restore(clashingIds)).isInstanceOf(RuntimeException.class);

        assertThat(dataImport.isEmpty()).isTrue();
    }

    @Test
    void mergesOnlyTheRecordsNotAlreadyThere() {
        StoredData data = aYearInMiniature();
        dataImport.restore(data);

        int added = dataImport.merge(data);
        assertThat(added).isZero();
        assertThat(readAll()).isEqualTo(data);

        PainEntry newer = new PainEntry(1L, MONDAY.plusSeconds(86_400), 2, Set.of(), Set.of(), 1, "");
        int addedNext = dataImport.merge(
                new StoredData(null, null, List.of(), List.of(data.painEntries().get(0), newer), List.of(), List.of()));

        assertThat(addedNext).isEqualTo(1);
        List<PainEntry> entries = readAll().painEntries();
        assertThat(entries).hasSize(3);
        assertThat(entries.get(2).id()).isGreaterThan(100L);
        assertThat(entries.get(2).at()).isEqualTo(newer.at());
    }
}
