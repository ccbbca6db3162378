package io.nape.store.persistence.diary;

import io.nape.core.NapeException;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.diary.ExerciseResult;
import io.nape.core.diary.ExerciseStatus;
import io.nape.core.diary.SessionLog;
import io.nape.core.diary.SessionLogRepository;
import io.nape.core.diary.SessionOutcome;
import io.nape.core.diary.SessionSummary;
import io.nape.core.person.PersonId;
import io.nape.store.persistence.Database;
import io.nape.store.persistence.PersonScope;
import io.nape.store.persistence.RecordRows;
import io.nape.store.records.SessionLogDescription;
import io.nape.store.records.Values;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jspecify.annotations.Nullable;

/**
 * Keep one person's session logs in two tables, a row per session and a row per exercise, written in one
 * transaction. Times are stored as UTC epoch milliseconds, so a saved log reads back equal to the
 * original once its instants are cut to the millisecond.
 */
public final class JdbcSessionLogRepository implements SessionLogRepository {
    private static final String SELECT = "SELECT l.id, l.routine, l.level, l.started_at_ms, l.ended_at_ms, l.outcome,"
            + " e.position, e.exercise, e.status"
            + " FROM session_log l LEFT JOIN session_exercise e ON e.person_id = l.person_id AND e.session_id = l.id"
            + " WHERE l.person_id = :person ";

    private static final String SUMMARIES = "SELECT l.id, l.routine, l.started_at_ms, l.outcome,"
            + " (SELECT COUNT(*) FROM session_exercise e WHERE e.person_id = l.person_id AND e.session_id = l.id"
            + " AND e.status = :completed)"
            + " FROM session_log l WHERE l.person_id = :person AND l.started_at_ms >= :from AND l.started_at_ms < :to"
            + " ORDER BY l.started_at_ms, l.id";

    private static final RecordRows<SessionLog> LOGS = RecordRows.of(SessionLogDescription.TYPE);
    private static final RecordRows<ExerciseResult> EXERCISES = RecordRows.of(SessionLogDescription.EXERCISES_TYPE);

    private final PersonScope scope;

    /** The session logs of {@code person}. */
    public JdbcSessionLogRepository(Database database, PersonId person) {
        this.scope = new PersonScope(database, person);
    }

    @Override
    public SessionLog save(SessionLog log) {
        return scope.inTransaction(handle -> {
            long id = LOGS.bind(
                            handle.createQuery(LOGS.insert(false, "") + " RETURNING id")
                                    .bind(PersonScope.PERSON, scope.id()),
                            log,
                            false)
                    .mapTo(Long.class)
                    .one();
            insertExercises(handle, id, log.exercises());
            return new SessionLog(
                    id,
                    log.routine(),
                    log.level(),
                    toMillis(log.startedAt()),
                    toMillis(log.endedAt()),
                    log.outcome(),
                    log.exercises());
        });
    }

    private void insertExercises(Handle handle, long sessionId, List<ExerciseResult> exercises) {
        if (exercises.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch(EXERCISES.insertBelow(SessionLogDescription.SESSION_COLUMN));
        for (ExerciseResult result : exercises) {
            EXERCISES
                    .bind(batch.bind(PersonScope.PERSON, scope.id()).bind("parent", sessionId), result, false)
                    .add();
        }
        batch.execute();
    }

    @Override
    public Optional<SessionLog> find(long id) {
        return read(SELECT + "AND l.id = :id ORDER BY e.position", query -> query.bind("id", id)).stream()
                .findFirst();
    }

    @Override
    public List<SessionLog> findStartedBetween(Instant from, Instant to) {
        return read(
                SELECT + "AND l.started_at_ms >= :from AND l.started_at_ms < :to"
                        + " ORDER BY l.started_at_ms, l.id, e.position",
                query -> query.bind("from", from.toEpochMilli()).bind("to", to.toEpochMilli()));
    }

    @Override
    public List<SessionSummary> findSummariesStartedBetween(Instant from, Instant to) {
        return scope.withHandle(handle -> handle.createQuery(SUMMARIES)
                .bind(PersonScope.PERSON, scope.id())
                .bind("completed", ExerciseStatus.COMPLETED.key())
                .bind("from", from.toEpochMilli())
                .bind("to", to.toEpochMilli())
                .scanResultSet((supplier, context) -> {
                    List<SessionSummary> summaries = new ArrayList<>();
                    Map<String, RoutineId> routines = new HashMap<>();
                    ResultSet results = supplier.get();
                    while (results.next()) {
                        summaries.add(new SessionSummary(
                                results.getLong(1),
                                routines.computeIfAbsent(results.getString(2), RoutineId::new),
                                Instant.ofEpochMilli(results.getLong(3)),
                                enumValue(SessionOutcome.fromKey(results.getString(4)), "outcome"),
                                results.getLong(5)));
                    }
                    return summaries;
                }));
    }

    @Override
    public List<SessionLog> findAll() {
        return read(SELECT + "ORDER BY l.started_at_ms, l.id, e.position", Function.identity());
    }

    /**
     * Hand every log to {@code action} in the order of {@link #findAll()}, one at a time, so that any
     * number of logs passes through little memory.
     */
    public void forEachInOrder(Consumer<SessionLog> action) {
        scope.useHandle(handle -> handle.createQuery(SELECT + "ORDER BY l.started_at_ms, l.id, e.position")
                .bind(PersonScope.PERSON, scope.id())
                .setFetchSize(JdbcPainEntryRepository.FETCH_SIZE)
                .scanResultSet((supplier, context) -> {
                    ResultSet results = supplier.get();
                    @Nullable Row row = null;
                    while (results.next()) {
                        long id = results.getLong("id");
                        if (row == null || row.id != id) {
                            if (row != null) {
                                action.accept(row.toLog());
                            }
                            row = Row.of(results);
                        }
                        row.add(results);
                    }
                    if (row != null) {
                        action.accept(row.toLog());
                    }
                    return Boolean.TRUE;
                }));
    }

    @Override
    public List<SessionLog> findRecent(int limit) {
        if (limit < 1) {
            return List.of();
        }
        return read(
                SELECT + "AND l.id IN (SELECT id FROM session_log WHERE person_id = :person"
                        + " ORDER BY started_at_ms DESC, id DESC LIMIT :limit)"
                        + " ORDER BY l.started_at_ms DESC, l.id DESC, e.position",
                query -> query.bind("limit", limit));
    }

    @Override
    public long count() {
        return scope.withHandle(
                handle -> handle.createQuery("SELECT COUNT(*) FROM session_log WHERE person_id = :person")
                        .bind(PersonScope.PERSON, scope.id())
                        .mapTo(Long.class)
                        .one());
    }

    private List<SessionLog> read(String sql, Function<Query, Query> binder) {
        return scope.withHandle(handle -> binder.apply(handle.createQuery(sql).bind(PersonScope.PERSON, scope.id()))
                .scanResultSet((supplier, context) -> {
                    Map<Long, Row> rows = new LinkedHashMap<>();
                    ResultSet results = supplier.get();
                    while (results.next()) {
                        long id = results.getLong("id");
                        Row row = rows.get(id);
                        if (row == null) {
                            row = Row.of(results);
                            rows.put(id, row);
                        }
                        row.add(results);
                    }
                    return rows.values().stream().map(Row::toLog).toList();
                }));
    }

    private static Instant toMillis(Instant instant) {
        return Instant.ofEpochMilli(instant.toEpochMilli());
    }

    private static <T> T enumValue(Optional<T> value, String what) {
        return value.orElseThrow(() -> new NapeException(
                "The database holds a session with an unknown " + what + ". Update Nape to read it."));
    }

    /** One session row while its exercises are gathered. */
    private static final class Row {
        final long id;
        final Values values;
        final List<ExerciseResult> exercises = new ArrayList<>();

        private Row(long id, Values values) {
            this.id = id;
            this.values = values;
        }

        static Row of(ResultSet results) throws SQLException {
            return new Row(results.getLong("id"), LOGS.valuesByName(results));
        }

        /** Add the exercise of a joined row, if it has one. */
        void add(ResultSet results) throws SQLException {
            if (results.getString("exercise") != null) {
                exercises.add(EXERCISES.readByName(results));
            }
        }

        SessionLog toLog() {
            return SessionLogDescription.TYPE.build(values.put(SessionLogDescription.EXERCISES, exercises));
        }
    }
}
