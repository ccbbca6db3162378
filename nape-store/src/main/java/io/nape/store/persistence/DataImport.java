package io.nape.store.persistence;

import io.nape.core.diary.ExerciseResult;
import io.nape.core.diary.PainEntry;
import io.nape.core.diary.SessionLog;
import io.nape.core.person.PersonId;
import io.nape.core.plan.ReminderRecord;
import io.nape.core.programme.ProposalDecision;
import io.nape.core.psfs.PsfsAnswer;
import io.nape.core.safety.Condition;
import io.nape.core.safety.Reason;
import io.nape.core.safety.Screening;
import io.nape.core.safety.Sign;
import io.nape.store.persistence.diary.JdbcPainEntryRepository;
import io.nape.store.persistence.diary.JdbcSessionLogRepository;
import io.nape.store.persistence.plan.JdbcReminderRepository;
import io.nape.store.persistence.plan.JdbcSettingsRepository;
import io.nape.store.persistence.programme.JdbcProgrammeDecisionRepository;
import io.nape.store.persistence.psfs.JdbcPsfsRepository;
import io.nape.store.persistence.safety.JdbcScreeningRepository;
import io.nape.store.records.PainEntryDescription;
import io.nape.store.records.SessionLogDescription;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Write a whole {@link StoredData} into the store in one transaction, as one person's rows: all of
 * it or, on any failure, none of it. Other persons' rows are neither read nor touched.
 *
 * <p>A restore goes into a store that holds nothing of the person and keeps every id and time, so
 * that an export of the restored store equals the original export byte for byte. A merge adds to
 * a store that may hold data of the person: each record gets a new id, and a record equal to one of
 * theirs already there (ids aside) is skipped, so merging the same file twice adds nothing the
 * second time (a decision on a proposal already answered is skipped). The repositories' own writes
 * join the one transaction because Jdbi reuses the open handle of the thread.
 */
public final class DataImport {
    private static final List<String> TABLES = List.of(
            "plan_settings",
            "reminder_pause",
            "reminder_log",
            "screening",
            "pain_entry",
            "session_log",
            "psfs_answer",
            "programme_decision");

    private final Database database;
    private final PersonScope scope;
    private final SqlDialect dialect;

    /** The import of {@code person}'s rows. */
    public DataImport(Database database, PersonId person) {
        this.database = database;
        this.scope = new PersonScope(database, person);
        this.dialect = database.dialect();
    }

    /** Whether no table holds a row of the person. */
    public boolean isEmpty() {
        return scope.withHandle(this::isEmpty);
    }

    /**
     * Write everything with its ids into a store that holds nothing of the person; refuse if it holds
     * anything of theirs.
     */
    public void restore(StoredData data) {
        scope.useTransaction(handle -> {
            if (!isEmpty(handle)) {
                throw new StoreNotEmptyException();
            }
            if (data.settings() != null) {
                new JdbcSettingsRepository(database, scope.person()).save(data.settings());
            }
            if (data.pausedUntil() != null) {
                new JdbcReminderRepository(database, scope.person()).pauseUntil(data.pausedUntil());
            }
            insertScreenings(handle, data.screenings());
            insertPainEntries(handle, data.painEntries());
            insertSessionLogs(handle, data.sessionLogs());
            new JdbcReminderRepository(database, scope.person()).append(data.reminders());
            JdbcPsfsRepository psfs = new JdbcPsfsRepository(database, scope.person());
            data.psfsAnswers().forEach(psfs::save);
            JdbcProgrammeDecisionRepository decisions = new JdbcProgrammeDecisionRepository(database, scope.person());
            data.programmeDecisions().forEach(decisions::save);
            if (dialect == SqlDialect.POSTGRESQL) {
                // Past the restored ids, never back: the sequence serves every person of the table.
                for (String table : List.of("screening", "pain_entry", "session_log")) {
                    String sequence = "pg_get_serial_sequence('" + table + "', 'id')";
                    handle.createQuery("SELECT setval(" + sequence + ", GREATEST(nextval(" + sequence + "),"
                                    + " (SELECT COALESCE(MAX(id), 0) + 1 FROM " + table
                                    + " WHERE person_id = :person)), false)")
                            .bind(PersonScope.PERSON, scope.id())
                            .mapTo(Long.class)
                            .one();
                }
            }
        });
    }

    /**
     * Add everything not already there, with new ids; the file's settings and pause apply only where
     * the store has none. Return how many records were added.
     */
    public int merge(StoredData data) {
        return scope.inTransaction(handle -> {
            JdbcSettingsRepository settings = new JdbcSettingsRepository(database, scope.person());
            JdbcReminderRepository reminders = new JdbcReminderRepository(database, scope.person());
            if (data.settings() != null && settings.find().isEmpty()) {
                settings.save(data.settings());
            }
            if (data.pausedUntil() != null && reminders.pausedUntil().isEmpty()) {
                reminders.pauseUntil(data.pausedUntil());
            }
            JdbcScreeningRepository screenings = new JdbcScreeningRepository(database, scope.person());
            List<Screening> newScreenings = missing(data.screenings(), screenings.findAll(), DataImport::withoutId);
            newScreenings.forEach(screenings::save);
            JdbcPainEntryRepository painEntries = new JdbcPainEntryRepository(database, scope.person());
            List<PainEntry> newEntries = missing(data.painEntries(), painEntries.findAll(), DataImport::withoutId);
            newEntries.forEach(painEntries::save);
            JdbcSessionLogRepository sessionLogs = new JdbcSessionLogRepository(database, scope.person());
            List<SessionLog> newLogs = missing(data.sessionLogs(), sessionLogs.findAll(), DataImport::withoutId);
            newLogs.forEach(sessionLogs::save);
            List<ReminderRecord> newRecords = missing(data.reminders(), reminders.findAll(), Function.identity());
            reminders.append(newRecords);
            JdbcPsfsRepository psfs = new JdbcPsfsRepository(database, scope.person());
            List<PsfsAnswer> newAnswers = missing(data.psfsAnswers(), psfs.findAll(), Function.identity());
            newAnswers.forEach(psfs::save);
            JdbcProgrammeDecisionRepository decisions = new JdbcProgrammeDecisionRepository(database, scope.person());
            Set<String> answered = new HashSet<>();
            decisions
                    .findAll()
                    .forEach(decision -> answered.add(decision.proposal().id().value()));
            List<ProposalDecision> newDecisions = data.programmeDecisions().stream()
                    .filter(decision -> answered.add(decision.proposal().id().value()))
                    .toList();
            newDecisions.forEach(decisions::save);
            return newScreenings.size()
                    + newEntries.size()
                    + newLogs.size()
                    + newRecords.size()
                    + newAnswers.size()
                    + newDecisions.size();
        });
    }

    private boolean isEmpty(Handle handle) {
        String anyRow = TABLES.stream()
                .map(table -> "SELECT 1 FROM " + table + " WHERE person_id = :person")
                .collect(Collectors.joining(" UNION ALL "));
        return handle.createQuery("SELECT COUNT(*) FROM (" + anyRow + ") AS any_row")
                        .bind(PersonScope.PERSON, scope.id())
                        .mapTo(Long.class)
                        .one()
                == 0;
    }

    /** The incoming values not equal to one already there nor to an earlier incoming one. */
    private static <T> List<T> missing(List<T> incoming, List<T> present, Function<T, T> key) {
        Set<T> seen = new HashSet<>();
        present.forEach(value -> seen.add(key.apply(value)));
        List<T> missing = new ArrayList<>();
        for (T value : incoming) {
            if (seen.add(key.apply(value))) {
                missing.add(value);
            }
        }
        return missing;
    }

    private static Screening withoutId(Screening screening) {
        return new Screening(null, screening.at(), screening.report(), screening.result());
    }

    private static PainEntry withoutId(PainEntry entry) {
        return new PainEntry(
                null, entry.at(), entry.pain(), entry.where(), entry.character(), entry.stiffness(), entry.note());
    }

    private static SessionLog withoutId(SessionLog log) {
        return new SessionLog(
                null, log.routine(), log.level(), log.startedAt(), log.endedAt(), log.outcome(), log.exercises());
    }

    private String overriding() {
        return dialect == SqlDialect.POSTGRESQL ? " OVERRIDING SYSTEM VALUE" : "";
    }

    private void insertScreenings(Handle handle, List<Screening> screenings) {
        if (screenings.isEmpty()) {
            return;
        }
        PreparedBatch rows = handle.prepareBatch("INSERT INTO screening (person_id, id, at_ms, age, pain_level,"
                + " days_since_onset, worsening, onset, signs, conditions, level, exercise)" + overriding()
                + " VALUES (:person, :id, :at, :age, :pain, :days, :worsening, :onset, :signs, :conditions, :level,"
                + " :exercise)");
        PreparedBatch reasons = handle.prepareBatch("INSERT INTO screening_reason (person_id, screening_id, position,"
                + " rule, level, exercise, says, source) VALUES (:person, :id, :position, :rule, :level, :exercise,"
                + " :says, :source)");
        boolean anyReason = false;
        for (Screening screening : screenings) {
            long id = Objects.requireNonNull(screening.id(), "screening id");
            rows.bind(PersonScope.PERSON, scope.id())
                    .bind("id", id)
                    .bind("at", screening.at().toEpochMilli())
                    .bind("age", screening.report().age())
                    .bind("pain", screening.report().painLevel())
                    .bind("days", screening.report().daysSinceOnset())
                    .bind("worsening", screening.report().worsening())
                    .bind("onset", screening.report().onset().key())
                    .bind("signs", keys(screening.report().signs(), Sign::key))
                    .bind("conditions", keys(screening.report().conditions(), Condition::key))
                    .bind("level", screening.result().level().name())
                    .bind("exercise", screening.result().exercise().name())
                    .add();
            List<Reason> fired = screening.result().reasons();
            for (int position = 0; position < fired.size(); position++) {
                Reason reason = fired.get(position);
                reasons.bind(PersonScope.PERSON, scope.id())
                        .bind("id", id)
                        .bind("position", position)
                        .bind("rule", reason.rule())
                        .bind("level", reason.level().name())
                        .bind("exercise", reason.exercise().name())
                        .bind("says", reason.says())
                        .bind("source", reason.source())
                        .add();
                anyReason = true;
            }
        }
        rows.execute();
        if (anyReason) {
            reasons.execute();
        }
    }

    private void insertPainEntries(Handle handle, List<PainEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        RecordRows<PainEntry> table = RecordRows.of(PainEntryDescription.TYPE);
        PreparedBatch rows = handle.prepareBatch(table.insert(true, overriding()));
        for (PainEntry entry : entries) {
            table.bind(rows.bind(PersonScope.PERSON, scope.id()), entry, true).add();
        }
        rows.execute();
    }

    private void insertSessionLogs(Handle handle, List<SessionLog> logs) {
        if (logs.isEmpty()) {
            return;
        }
        RecordRows<SessionLog> table = RecordRows.of(SessionLogDescription.TYPE);
        RecordRows<ExerciseResult> exerciseTable = RecordRows.of(SessionLogDescription.EXERCISES_TYPE);
        PreparedBatch rows = handle.prepareBatch(table.insert(true, overriding()));
        PreparedBatch exercises = handle.prepareBatch(exerciseTable.insertBelow(SessionLogDescription.SESSION_COLUMN));
        boolean anyExercise = false;
        for (SessionLog log : logs) {
            long id = Objects.requireNonNull(log.id(), "session log id");
            table.bind(rows.bind(PersonScope.PERSON, scope.id()), log, true).add();
            for (ExerciseResult result : log.exercises()) {
                exerciseTable
                        .bind(exercises.bind(PersonScope.PERSON, scope.id()).bind("parent", id), result, false)
                        .add();
                anyExercise = true;
            }
        }
        rows.execute();
        if (anyExercise) {
            exercises.execute();
        }
    }

    private static <T> String keys(Collection<T> values, Function<T, String> key) {
        return values.stream().map(key).sorted().collect(Collectors.joining(","));
    }
}
