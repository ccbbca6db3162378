package io.nape.store.persistence.plan;

import io.nape.core.NapeException;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.person.PersonId;
import io.nape.core.plan.EventKind;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.ReminderOutcome;
import io.nape.core.plan.ReminderRecord;
import io.nape.core.plan.ReminderRepository;
import io.nape.store.persistence.Database;
import io.nape.store.persistence.PersonScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/** Append one person's reminder records with their whole event, and keep the person's pause in a row of its own. */
public final class JdbcReminderRepository implements ReminderRepository {
    private static final String SELECT =
            "SELECT event_day, event_at, kind, routine, level, minutes, outcome, at_ms, detail FROM reminder_log"
                    + " WHERE person_id = :person ";

    private final PersonScope scope;

    /** The reminder records and pause of {@code person}. */
    public JdbcReminderRepository(Database database, PersonId person) {
        this.scope = new PersonScope(database, person);
    }

    @Override
    public void append(List<ReminderRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        scope.useTransaction(handle -> {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO reminder_log (person_id, event_day, event_at,"
                    + " event_at_ms, kind, routine, level, minutes, outcome, at_ms, detail) VALUES (:person, :day, :at,"
                    + " :atMs, :kind, :routine, :level, :minutes, :outcome, :recordedMs, :detail)");
            for (ReminderRecord record : records) {
                PlanEvent event = record.event();
                batch.bind(PersonScope.PERSON, scope.id())
                        .bind("day", event.day().toString())
                        .bind("at", event.at().toString())
                        .bind("atMs", event.instant().toEpochMilli())
                        .bind("kind", event.kind().name())
                        .bind("routine", event.routine().value())
                        .bind("level", event.level().key())
                        .bind("minutes", event.minutes())
                        .bind("outcome", record.outcome().name())
                        .bind("recordedMs", record.at().toEpochMilli())
                        .bind("detail", record.detail())
                        .add();
            }
            batch.execute();
        });
    }

    /**
     * Hand every record to {@code action} in the order of {@link #findAll()}, one row at a time, so
     * that any number of records passes through little memory.
     */
    public void forEachInOrder(Consumer<ReminderRecord> action) {
        scope.useHandle(handle -> handle.createQuery(SELECT + "ORDER BY id")
                .bind(PersonScope.PERSON, scope.id())
                .setFetchSize(500)
                .map(new RecordMapper())
                .forEach(action));
    }

    @Override
    public List<ReminderRecord> findAll() {
        return scope.withHandle(handle -> handle.createQuery(SELECT + "ORDER BY id")
                .bind(PersonScope.PERSON, scope.id())
                .map(new RecordMapper())
                .list());
    }

    @Override
    public List<ReminderRecord> findForEventsBetween(Instant from, Instant to) {
        return scope.withHandle(
                handle -> handle.createQuery(SELECT + "AND event_at_ms >= :from AND event_at_ms < :to ORDER BY id")
                        .bind(PersonScope.PERSON, scope.id())
                        .bind("from", from.toEpochMilli())
                        .bind("to", to.toEpochMilli())
                        .map(new RecordMapper())
                        .list());
    }

    @Override
    public List<ReminderRecord> findForEventsBetween(Instant from, Instant to, Set<ReminderOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            return List.of();
        }
        List<String> names =
                outcomes.stream().map(ReminderOutcome::name).sorted().toList();
        StringBuilder sql =
                new StringBuilder(SELECT + "AND event_at_ms >= :from AND event_at_ms < :to AND outcome IN (");
        for (int index = 0; index < names.size(); index++) {
            sql.append(index == 0 ? "" : ", ").append(":outcome").append(index);
        }
        sql.append(") ORDER BY id");
        return scope.withHandle(handle -> {
            Query query = handle.createQuery(sql.toString())
                    .bind(PersonScope.PERSON, scope.id())
                    .bind("from", from.toEpochMilli())
                    .bind("to", to.toEpochMilli());
            for (int index = 0; index < names.size(); index++) {
                query.bind("outcome" + index, names.get(index));
            }
            return query.map(new RecordMapper()).list();
        });
    }

    @Override
    public Optional<Instant> findFirstRecordedForEventsBetween(Instant from, Instant to) {
        return scope.withHandle(handle -> handle.createQuery("SELECT MIN(at_ms) FROM reminder_log"
                        + " WHERE person_id = :person AND event_at_ms >= :from AND event_at_ms < :to")
                .bind(PersonScope.PERSON, scope.id())
                .bind("from", from.toEpochMilli())
                .bind("to", to.toEpochMilli())
                .mapTo(Long.class)
                .findOne()
                .map(Instant::ofEpochMilli));
    }

    @Override
    public Optional<Instant> pausedUntil() {
        return scope.withHandle(
                handle -> handle.createQuery("SELECT until_ms FROM reminder_pause WHERE person_id = :person")
                        .bind(PersonScope.PERSON, scope.id())
                        .mapTo(Long.class)
                        .findOne()
                        .map(Instant::ofEpochMilli));
    }

    @Override
    public void pauseUntil(Instant until) {
        scope.useHandle(handle -> handle.createUpdate(
                        "INSERT INTO reminder_pause (person_id, until_ms)"
                                + " VALUES (:person, :until) ON CONFLICT (person_id) DO UPDATE SET until_ms = excluded.until_ms")
                .bind(PersonScope.PERSON, scope.id())
                .bind("until", until.toEpochMilli())
                .execute());
    }

    @Override
    public void resume() {
        scope.useHandle(handle -> handle.createUpdate("DELETE FROM reminder_pause WHERE person_id = :person")
                .bind(PersonScope.PERSON, scope.id())
                .execute());
    }

    /**
     * Read the rows of one query. Routines and levels repeat from row to row, so each is made once
     * per query; dates are read by {@link IsoDates}.
     */
    private static final class RecordMapper implements RowMapper<ReminderRecord> {
        private final Map<String, RoutineId> routines = new HashMap<>();
        private final Map<String, DosageLevel> levels = new HashMap<>();

        @Override
        public ReminderRecord map(ResultSet row, StatementContext context) throws SQLException {
            try {
                PlanEvent event = new PlanEvent(
                        IsoDates.localDate(row.getString(1)),
                        IsoDates.offsetDateTime(row.getString(2)),
                        EventKind.valueOf(row.getString(3)),
                        routines.computeIfAbsent(row.getString(4), RoutineId::new),
                        levels.computeIfAbsent(row.getString(5), RecordMapper::level),
                        row.getInt(6));
                return new ReminderRecord(
                        event,
                        ReminderOutcome.valueOf(row.getString(7)),
                        Instant.ofEpochMilli(row.getLong(8)),
                        row.getString(9));
            } catch (DateTimeException | IllegalArgumentException e) {
                throw new NapeException(
                        "The database holds a reminder record this version cannot read. Update Nape.", e);
            }
        }

        private static DosageLevel level(String key) {
            return DosageLevel.fromKey(key.toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> new IllegalArgumentException("level"));
        }
    }
}
