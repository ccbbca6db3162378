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
import io.nape.core.person.PersonId;
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
import io.nape.core.psfs.PsfsAnswer;
import io.nape.core.psfs.PsfsRating;
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
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a restore and a merge do, whatever database holds the data. */
abstract class DataImportContract {
    private static final Instant MONDAY = Instant.parse("2026-03-30T08:15:30.250Z");
    private static final PersonId SOMEONE_ELSE = new PersonId("someone-else");

    private Database database;
    private DataImport dataImport;

    abstract Database openDatabase();

    @BeforeEach
    void open() {
        database = openDatabase();
        dataImport = new DataImport(database, PersonId.LOCAL);
    }

    @AfterEach
    void close() {
        database.close();
    }

    static StoredData aYearInMiniature() {
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
        return readAll(PersonId.LOCAL);
    }

    private StoredData readAll(PersonId person) {
        JdbcReminderRepository reminders = new JdbcReminderRepository(database, person);
        return new StoredData(
                new JdbcSettingsRepository(database, person).find().orElse(null),
                reminders.pausedUntil().orElse(null),
                new JdbcScreeningRepository(database, person).findAll(),
                new JdbcPainEntryRepository(database, person).findAll(),
                new JdbcSessionLogRepository(database, person).findAll(),
                reminders.findAll(),
                new JdbcPsfsRepository(database, person).findAll(),
                new JdbcProgrammeDecisionRepository(database, person).findAll());
    }

    /** Everything the export of {@code person} reads, as values. */
    private StoredData exported(PersonId person) throws IOException {
        return new DataExport(database, person).read(rows -> {
            List<PainEntry> entries = new ArrayList<>();
            List<SessionLog> logs = new ArrayList<>();
            List<ReminderRecord> records = new ArrayList<>();
            rows.forEachPainEntry(entries::add);
            rows.forEachSessionLog(logs::add);
            rows.forEachReminder(records::add);
            return new StoredData(
                    rows.settings(),
                    rows.pausedUntil(),
                    rows.screenings(),
                    entries,
                    logs,
                    records,
                    rows.psfsAnswers(),
                    rows.programmeDecisions());
        });
    }

    /** The data with a PSFS answer too: a record of every kind, a row in every table. */
    static StoredData withPsfs(StoredData data) {
        return new StoredData(
                data.settings(),
                data.pausedUntil(),
                data.screenings(),
                data.painEntries(),
                data.sessionLogs(),
                data.reminders(),
                List.of(new PsfsAnswer(MONDAY, List.of(new PsfsRating("Driving", 4)))),
                data.programmeDecisions());
    }

    @Test
    void mergesOnePersonsFileBesideAnotherPersonsRecordsAndExportsEachApart() throws IOException {
        StoredData theirs = withPsfs(aYearInMiniature());
        new DataImport(database, SOMEONE_ELSE).restore(theirs);
        assertThat(dataImport.isEmpty()).isTrue();

        int added = dataImport.merge(theirs);

        assertThat(added).isEqualTo(2 + 2 + 1 + 2 + 1 + 1);
        assertThat(dataImport.merge(theirs)).isZero();
        assertThat(exported(SOMEONE_ELSE)).isEqualTo(theirs);
        StoredData mine = exported(PersonId.LOCAL);
        assertThat(mine.settings()).isEqualTo(theirs.settings());
        assertThat(mine.pausedUntil()).isEqualTo(theirs.pausedUntil());
        assertThat(mine.painEntries())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
                .containsExactlyElementsOf(theirs.painEntries());
        assertThat(mine.sessionLogs()).hasSize(1);
        assertThat(mine.reminders()).isEqualTo(theirs.reminders());
        assertThat(mine.psfsAnswers()).isEqualTo(theirs.psfsAnswers());
        assertThat(mine.programmeDecisions()).isEqualTo(theirs.programmeDecisions());
    }

    @Test
    void restoresOnlyWhereThePersonHoldsNothingWhateverOthersHold() throws IOException {
        dataImport.restore(aYearInMiniature());
        StoredData before = exported(PersonId.LOCAL);
        DataImport theirs = new DataImport(database, SOMEONE_ELSE);
        assertThat(theirs.isEmpty()).isTrue();
        PainEntry far = new PainEntry(5_000L, MONDAY, 1, Set.of(), Set.of(), null, "");
        StoredData apart = new StoredData(null, MONDAY, List.of(), List.of(far), List.of(), List.of());

        theirs.restore(apart);

        assertThatThrownBy(() -> theirs.restore(apart)).isInstanceOf(StoreNotEmptyException.class);
        assertThat(exported(SOMEONE_ELSE)).isEqualTo(apart);
        assertThat(exported(PersonId.LOCAL)).isEqualTo(before);
    }

    /**
     * A restore keeps the file's ids. On PostgreSQL they are unique per person, so two persons may
     * restore files with the same ids; on SQLite (one local person) they are unique in the file, so
     * such a restore is refused whole.
     */
    @Test
    void restoresTheSameIdsForTwoPersonsOnlyWhereIdsArePerPerson() throws IOException {
        StoredData data = aYearInMiniature();
        dataImport.restore(data);
        DataImport theirs = new DataImport(database, SOMEONE_ELSE);

        if (database.dialect() == SqlDialect.SQLITE) {
            assertThatThrownBy(() -> theirs.restore(data)).isInstanceOf(RuntimeException.class);
            assertThat(theirs.isEmpty()).isTrue();
        } else {
            theirs.restore(data);
            assertThat(exported(SOMEONE_ELSE)).isEqualTo(data);
        }
        assertThat(exported(PersonId.LOCAL)).isEqualTo(data);
    }

    @Test
    void neverTurnsTheSequenceBackSoThatLaterIdsStayFree() {
        PainEntry high = new PainEntry(101L, MONDAY, 1, Set.of(), Set.of(), null, "");
        PainEntry higher = new PainEntry(102L, MONDAY.plusSeconds(1), 2, Set.of(), Set.of(), null, "");
        new DataImport(database, SOMEONE_ELSE)
                .restore(new StoredData(null, null, List.of(), List.of(high, higher), List.of(), List.of()));
        StoredData data = aYearInMiniature();
        if (database.dialect() == SqlDialect.POSTGRESQL) {
            dataImport.restore(data); // its largest pain entry id is 100
        }

        PainEntry next = new JdbcPainEntryRepository(database, SOMEONE_ELSE)
                .save(new PainEntry(null, MONDAY.plusSeconds(2), 3, Set.of(), Set.of(), null, ""));

        assertThat(next.id()).isGreaterThan(102L);
        assertThat(new JdbcPainEntryRepository(database, SOMEONE_ELSE).count()).isEqualTo(3);
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

        PainEntry next = new JdbcPainEntryRepository(database, PersonId.LOCAL)
                .save(new PainEntry(null, MONDAY, 1, Set.of(), Set.of(), null, ""));
        Screening check = new JdbcScreeningRepository(database, PersonId.LOCAL)
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
        new JdbcPainEntryRepository(database, PersonId.LOCAL)
                .save(new PainEntry(null, MONDAY, 1, Set.of(), Set.of(), null, ""));

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
