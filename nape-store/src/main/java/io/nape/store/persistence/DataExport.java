package io.nape.store.persistence;

import io.nape.core.diary.PainEntry;
import io.nape.core.diary.SessionLog;
import io.nape.core.person.PersonId;
import io.nape.core.plan.ReminderRecord;
import io.nape.core.plan.Settings;
import io.nape.core.programme.ProposalDecision;
import io.nape.core.psfs.PsfsAnswer;
import io.nape.core.safety.Screening;
import io.nape.store.persistence.diary.JdbcPainEntryRepository;
import io.nape.store.persistence.diary.JdbcSessionLogRepository;
import io.nape.store.persistence.plan.JdbcReminderRepository;
import io.nape.store.persistence.plan.JdbcSettingsRepository;
import io.nape.store.persistence.programme.JdbcProgrammeDecisionRepository;
import io.nape.store.persistence.psfs.JdbcPsfsRepository;
import io.nape.store.persistence.safety.JdbcScreeningRepository;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Read everything one store keeps of one person, as {@link StoredData} holds it, in one
 * transaction (so every part is of the same moment) and with the long tables handed over a row at
 * a time, so that an export is bounded by the disk it is written to, not by memory.
 */
public final class DataExport {
    private final Database database;
    private final PersonScope scope;

    /** The export of {@code person}'s rows, and no other's. */
    public DataExport(Database database, PersonId person) {
        this.database = database;
        this.scope = new PersonScope(database, person);
    }

    /** What a reader sees of the store: the small parts as values, the long tables row by row. */
    public interface Rows {
        @Nullable
        Settings settings();

        @Nullable
        Instant pausedUntil();

        List<Screening> screenings();

        void forEachPainEntry(Consumer<PainEntry> action);

        void forEachSessionLog(Consumer<SessionLog> action);

        void forEachReminder(Consumer<ReminderRecord> action);

        /** Every PSFS answer, oldest first. */
        List<PsfsAnswer> psfsAnswers();

        /** Every decision on a programme proposal, in the order they were decided. */
        List<ProposalDecision> programmeDecisions();
    }

    /** Something that reads the rows and may fail to write what it read. */
    public interface Reader<T> {
        T read(Rows rows) throws IOException;
    }

    /** Run the reader inside one read transaction. */
    public <T> T read(Reader<T> reader) throws IOException {
        return scope.inTransaction(handle -> reader.read(new StoreRows()));
    }

    private final class StoreRows implements Rows {
        @Override
        public @Nullable Settings settings() {
            return new JdbcSettingsRepository(database, scope.person()).find().orElse(null);
        }

        @Override
        public @Nullable Instant pausedUntil() {
            return new JdbcReminderRepository(database, scope.person())
                    .pausedUntil()
                    .orElse(null);
        }

        @Override
        public List<Screening> screenings() {
            return new JdbcScreeningRepository(database, scope.person()).findAll();
        }

        @Override
        public void forEachPainEntry(Consumer<PainEntry> action) {
            new JdbcPainEntryRepository(database, scope.person()).forEachInOrder(action);
        }

        @Override
        public void forEachSessionLog(Consumer<SessionLog> action) {
            new JdbcSessionLogRepository(database, scope.person()).forEachInOrder(action);
        }

        @Override
        public void forEachReminder(Consumer<ReminderRecord> action) {
            new JdbcReminderRepository(database, scope.person()).forEachInOrder(action);
        }

        @Override
        public List<PsfsAnswer> psfsAnswers() {
            return new JdbcPsfsRepository(database, scope.person()).findAll();
        }

        @Override
        public List<ProposalDecision> programmeDecisions() {
            return new JdbcProgrammeDecisionRepository(database, scope.person()).findAll();
        }
    }
}
